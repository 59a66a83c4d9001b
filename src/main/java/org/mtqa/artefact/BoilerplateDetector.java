package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.QuoteMarks.Quote;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds website furniture scraped along with an article: navigation teasers ("NEXT …", "Mehr zum Thema – …"), section
 * and teaser headings ("Empfehlungen der Redaktion", "Zurück zur Übersicht"), rows of short links between separators
 * ("Auf Facebook teilen · Per E-Mail senden · Link kopieren"), calls to subscribe, share, follow or comment, notices
 * that speak to the reader about the website (cookies, newsletters, comment moderation), comment headers, copyright
 * lines and photo credits, and the link lines that trail them at the article's end. The evidence is structural — a nav
 * word opening a short line, a label made only of web-navigation words, short items between separators, a verb-first
 * imperative of a web call verb aimed at "uns", a social network or a web object, the formal reader address outside
 * quotes beside web vocabulary, a © sign, a credit marker before a short agency name — so that unseen wordings are
 * caught too.
 */
@Component
public class BoilerplateDetector implements ArtefactDetector {

    /** Longer lines are article text even when they open with a nav word. */
    private static final int MAX_NAV_WORDS = 30;
    /** The credit marker and a short name: "Foto: APA/Hans Klaus Techt". */
    private static final int MAX_CREDIT_WORDS = 7;
    private static final int MAX_TEASER_WORDS = 15;
    /** An ad's pitch after its label runs to two lines of a teaser at most. */
    private static final int MAX_AD_PITCH_WORDS = 2 * MAX_TEASER_WORDS;
    private static final int MAX_SHORT_CALL_WORDS = 6;
    /** Words of a call's object before its "jetzt": "Tickets jetzt online buchen", "Karten für Wien jetzt sichern". */
    private static final int MAX_OBJECT_BEFORE_NOW = 3;
    /** The verbs of a shop's buttons: a closed class of the web's commerce. */
    private static final Set<String> SHOP_CALLS = Set.of("buchen", "kaufen", "bestellen", "sichern", "reservieren",
            "vergleichen", "mieten", "abschließen");
    private static final Pattern ARTICLE_BEFORE_CALL_OBJECT = Pattern.compile("(?:ein|d|unser|ihr|dies)en");
    private static final int MIN_SHARE_BAR_NETWORKS = 2;
    /** A line this long, or a shorter one ending a sentence, is article body; what follows the last one is the tail. */
    private static final int BODY_WORDS = 20;
    private static final int BODY_SENTENCE_WORDS = 8;

    /**
     * A nav word opening the line: all-caps PREV/NEXT before a teaser, a teaser phrase alone or before a separator,
     * or a bare link word alone ("Weiter:" before sports results is article text), or a teaser phrase before the topic
     * it links to, without a sentence end ("Mehr zum Thema Hochwasser in Kärnten"), or a link to a section in
     * capitalised words ("Mehr aus Kultur & Medien").
     */
    private static final Pattern NAV = Pattern.compile(
            "^(?:(?:PREV(?:IOUS)?|NEXT)\\b"
                    + "|(?:Mehr (?:zum Thema|dazu)|Lesen Sie (?:auch|mehr|weiter)|Auch interessant"
                    + "|Das könnte Sie (?:auch )?interessieren|Siehe auch"
                    + "|(?:Vorherige|Nächste|Ähnliche|Verwandte|Weitere|Empfohlene|Meistgelesene|Beliebteste|Neueste)[rs]?"
                    + " (?:Artikel|Beitr(?:ag|äge)|Meldung(?:en)?|Bild(?:er)?|Foto|Seite|Video)"
                    + "(?: (?:aus (?:dem Ressort|der Rubrik)|zum Thema) \\p{Lu}[\\p{L}-]*(?:\\s+(?:&|und|\\p{Lu}[\\p{L}-]*)){0,2})?"
                    + "|Tags|Schlagw(?:örter|orte)|Previous|Next|Related)\\s*(?:$|[–—\\-:|»>›](?:\\s|$))"
                    + "|(?:Weiterlesen|Weiter lesen|Mehr lesen|Zurück|Weiter|ZURÜCK|WEITER|Anzeige|ANZEIGE|Werbung"
                    + "|Gesponsert|Sponsored|Antworten|Melden|(?:(?:Zurück )?[Zz]um )?Seitenanfang|(?:Zurück )?[Nn]ach oben"
                    + "|Drucken|Merken|Teilen|Speichern|WERBUNG)\\s*[»>›.…]*\\s*$"
                    + "|(?:Weiterlesen|Weiter lesen|Mehr lesen)\\s+(?:nach|unter|unten|bei|im|in|auf)\\b[^.!?]*$"
                    + "|(?:Mehr|Alles|Weiteres) zum Thema\\s+[^.!?:;]{1,60}$"
                    + "|(?:Mehr zu [^.!?:]{1,40}:\\s*)?Alle (?:Artikel|Beiträge|Meldungen|Nachrichten|News|Videos)"
                    + " (?:zum Thema|zu|über|aus)(?: (?:dem|der|den))?(?:\\s+(?:&|und|\\p{Lu}[\\p{L}-]*)){1,3}"
                    + "(?: im Überblick)?\\s*$"
                    + "|(?:Mehr zu [^.!?:]{1,40}:\\s*)Alle (?:Artikel|Beiträge|Meldungen|Nachrichten|News|Videos)"
                    + " zum Thema(?: im Überblick)?\\s*$"
                    + "|Mehr (?:aus|von) (?:dem Ressort |der Rubrik )?\\p{Lu}[\\p{L}-]*(?:\\s+(?:&|und|\\p{Lu}[\\p{L}-]*)){0,4}\\s*$"
                    // the same label before its teaser: "Mehr aus der Region: …" ("Weitere Ergebnisse: …" opens results)
                    + "|Mehr (?:aus|von) (?:der |dem |den )?\\p{Lu}[\\p{L}-]*(?:\\s+(?:&|und|\\p{Lu}[\\p{L}-]*)){0,2}"
                    + ":(?:\\s|$)(?![^\\n]*[.!?]\\s*$))");

    /**
     * A page's time stamp alone on its line: "Stand: 24. Oktober 2022, 10:42", "Zuletzt aktualisiert am 12.02.2024",
     * "Veröffentlicht: 3. Mai 2023 um 14.30 Uhr". The label and a date with nothing after it but a time.
     */
    private static final String DATE = "(?:(?:\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|\\p{L}{3,9}\\.?)\\s?(?:\\d{2}|\\d{4})?"
            + "|\\d{4}-\\d{2}-\\d{2}|vor (?:\\d+|einer|einem) (?:Minuten?|Stunden?|Tag(?:en)?|Wochen?))(?:,?\\s*(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?"
            // a later stamp of the same day gives the time alone: "…, aktualisiert um 11.02 Uhr"
            + "|um\\s+\\d{1,2}[:.]\\d{2}\\s*Uhr)";
    private static final String STAMP =
            "(?:Stand|(?:Zuletzt )?(?:aktualisiert|Aktualisiert)|Veröffentlicht|Erstellt|Publiziert|Update|Datum)"
                    + "(?:\\s*:|\\s+am)?\\s*(?:\\p{L}{2,10},?\\s+)?" + DATE;
    /** One stamp or several in a row: "Publiziert 10.06.2019 Aktualisiert: 17.09.2022". */
    private static final Pattern TIMESTAMP = Pattern.compile("^" + STAMP + "(?:[\\s|·,–-]+" + STAMP + ")*$");

    /**
     * A byline with the page's date: "Von Petra Fischer 25.11.2022", "Von Anna Berg und Jan Horn, 3. Mai 2024". A
     * byline alone may be part of the article; the date beside it is the page's metadata.
     */
    private static final Pattern BYLINE_WITH_DATE = Pattern.compile(
            "^(?:Von|VON|By)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:und\\s+)?\\p{Lu}[\\p{L}.'-]*){0,4},?\\s*(?:[|·–-]\\s*)?"
                    + DATE + "$");

    /** A breadcrumb trail from the home page: "Home > Panorama > …", "Startseite › Politik". */
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:Home|Startseite|Start|Homepage)\\s*[>›»/|]\\s*\\S");

    /** A pager: "Seite 3 von 10", "Seite 2/5", "Page 1 of 4". */
    private static final Pattern PAGER = Pattern.compile("^(?:Seite|Page)\\s+\\d+\\s*(?:von|/|of)\\s*\\d+$");

    /**
     * A pager word joined to its arrow at the line's start, whatever teaser follows: "Weiter » Laut …", "« Zurück
     * Kreise", "Vor » – Gut verarbeitetes Gerät". Prose never sets a guillemet or arrow right after such a word; a
     * Swiss quotation that opens with one ("«Vor allem die Kinder leiden», sagte sie") closes it later on the line.
     */
    private static final Pattern PAGER_ARROW = Pattern.compile(
            "^(?:[«‹←]\\s*(?:Zurück|Weiter|Vor|Vorherige[rs]?|Nächste[rs]?)\\b(?![^»›\\n]*[»›])"
                    + "|(?:Zurück|Weiter|Vor|Vorherige[rs]?|Nächste[rs]?)\\s*[»›→](?:\\s|$))");
    /**
     * Page metadata on a line of its own: the reading time ("Lesezeit: etwa 3 Min.") or the count of reader comments
     * ("54 Postings", "12 Kommentare").
     */
    private static final Pattern PAGE_COUNTS = Pattern.compile(
            "^(?:Lesezeit\\s*:?\\s*(?:ca\\.|etwa|rund|circa)?\\s*\\d+\\s*(?:Min\\.?|Minuten)"
                    + "|\\d+\\s+(?:Kommentare?|Postings?|Leserkommentare?|Reaktionen))\\s*$");
    /**
     * Arrows and marks a link or button carries before or after its label, and the dashes that set a label off: "↑
     * Nach oben", "» Weiterlesen", "Zum Seitenanfang ▲", "– Anzeige –".
     */
    private static final Pattern LINK_MARKS = Pattern.compile("^[↑↓←→⬆⬇▲▼►▶◄◀»›<>^–—-]+\\s*|\\s*[↑↓←→⬆⬇▲▼►▶◄◀^–—-]+$");

    /**
     * A short line that ends in a link arrow after a space: "Weitere Meldungen aus dem Ressort Wirtschaft »". German
     * quotes close with « and » opens them, so a line with no « ending in " »" is a link; so is a button's play mark
     * ("Galerie starten ▶").
     */
    private static final Pattern ARROW_LINK = Pattern.compile("[^«.!?]*\\p{L}[^«.!?]*\\s[»›>→▶►▸]\\s*");
    private static final int MAX_ARROW_LINK_WORDS = 10;
    /**
     * A link after the paragraph's last sentence, marked by its arrow: "… Anfang August. Alle Ergebnisse im Live-Ticker
     * →".
     */
    private static final Pattern TRAILING_ARROW_LINK = Pattern.compile("(?<=[.!?“”\"«]\\s)[^.!?«]*\\p{L}[^.!?«]*\\s[»›→]\\s*$");
    /** A teaser phrase after a sentence of the paragraph, running to the line's end: "… Lesen Sie auch: …". */
    private static final Pattern INLINE_TEASER = Pattern.compile(
            "(?<=[.!?“”\"«]\\s)(?:Mehr zum Thema|Lesen Sie (?:auch|mehr|weiter)|Auch interessant"
                    + "|Das könnte Sie (?:auch )?interessieren|Siehe auch)\\s*[:–—»›>|-].*$"
                    + "|(?<=[.!?“”\"«]\\s)(?:Mehr|Alles|Weitere Artikel) aus (?:dem|der) (?:Ressort|Rubrik) \\p{L}+$");

    /** A syndication note: "Der Beitrag … erschien zuerst auf …", "Dieser Artikel erschien ursprünglich bei …". */
    private static final Pattern SYNDICATION = Pattern.compile(
            "^(?:Der|Dieser) (?:Beitrag|Artikel|Post)\\b.*\\berschien (?:zuerst|ursprünglich) (?:auf|bei|in)\\b");
    private static final int MAX_SYNDICATION_WORDS = 30;

    /** From a © sign, or a line-opening "(c) 2024" / "Copyright 2024", to the end of the line. */
    private static final Pattern COPYRIGHT = Pattern.compile("©.*$|^(?:\\(c\\)|Copyright)\\s*(?:©|\\d{4}).*$");
    private static final Pattern RIGHTS_RESERVED = Pattern.compile("(?i)rechte vorbehalten|rights reserved"
            + "|^(?:nachdruck|vervielfältigung|weiterverbreitung|weitergabe|verbreitung|kopieren)\\b(?:\\s+(?:und|oder)\\s+\\p{L}+)?"
            + "\\s+(?:ohne (?:schriftliche |vorherige )?genehmigung|nur mit (?:schriftlicher |vorheriger )?genehmigung)");
    private static final int MAX_RIGHTS_WORDS = 12;

    /** A page's estimate of its reading time: "Lesezeit: 3 Min.", "4 Minuten Lesedauer". */
    private static final Pattern READING_TIME = Pattern.compile("(?i)(?:Lese(?:zeit|dauer)|Reading time)\\s*:?\\s*"
            + "(?:ca\\.\\s*)?\\d+\\s*(?:Min\\.?|Minuten|min read)|\\d+\\s*(?:Min\\.?|Minuten)\\s+Lese(?:zeit|dauer)");
    /**
     * The line an embedded post leaves behind, naming its author by handle, perhaps with a date: "Ein Beitrag geteilt
     * von … (@…)", "— Jane Doe (@janedoe) 5. Mai 2024".
     */
    private static final Pattern EMBED_CREDIT = Pattern.compile("[—–-]?\\s*[^.!?]{0,80}\\(@[\\w.]+\\)[^.!?]{0,30}\\.?");
    private static final int MAX_EMBED_CREDIT_WORDS = 14;

    /**
     * The picture's file name after a credit ("Foto: APA/Hans Punz IMG_2034.jpg") is no part of the name. Matched from
     * a token's start only, so a long token costs linear time, not cubic.
     */
    private static final Pattern FILE_NAME = Pattern.compile("(?<!\\S)(?=\\S*[\\d_])\\S+\\.\\p{Alpha}{3,4}(?!\\S)");

    /** A tracking parameter or query pair: "aff_id=MX2291", "?utm_source=app". */
    private static final Pattern QUERY_PAIR = Pattern.compile("(?<!\\S)\\S*[\\p{L}_]=\\S+");

    /** A credit marker at the line's start or after a sentence, before a short name: "Foto: APA/Hans Punz". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^[\\[(]?|(?<=[.!?“”\"»)]\\s)|(?<=\\.(?i:jpe?g|png|gif|webp|tiff?)\\s))"
                    // "[Foto = Stadtverwaltung]": the credit of Korean and Japanese news sites
                    + "(?:(?:Fotos?|Bild(?:er)?|Bildquelle|Symbolbild|Symbolfoto|Quelle|Photos?|Credits?|Grafik|Illustration"
                    + "|Video)\\s*[:=]"
                    + "|Mit Material (?:von|der|aus)\\b:?)\\s*\\p{L}[^!?]*[^.!?\\s]$");

    /**
     * The jobs of a newsroom that a masthead credits, in German and in English: a closed class, so a list is the
     * right tool; a row of other labels is content ("Trainer: … | Kapitän: …", "Regie: … | Buch: …").
     */
    private static final List<String> STAFF_LABELS = List.of("Reporter(?:in)?", "Redakteur(?:in)?", "Redaktion",
            "Editor", "Autor(?:in)?", "Text", "Fotos?", "Bilder?", "Grafik", "Kamera", "Video", "Produktion",
            "Übersetzung", "Mitarbeit", "Author", "Photos?", "Writer", "Producer");

    /**
     * A row of staff credits, two labels or more, each a job of {@link #STAFF_LABELS} before a colon and a name of one
     * to four capitalised words, between separators: "Reporter: Dewi Anggraini | Editor: Rudi Hartono", "Text: Anna
     * Berg · Fotos: Jan Horn". The page's masthead data, in any language's labels.
     */
    private static final String STAFF_CREDIT = "(?:" + String.join("|", STAFF_LABELS) + ")\\s*:\\s*\\p{Lu}[\\p{L}.'-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}";
    private static final Pattern STAFF_CREDITS = Pattern.compile(
            "^" + STAFF_CREDIT + "(?:\\s*[|·/•–]\\s*" + STAFF_CREDIT + ")+$");

    /**
     * A pictograph, dingbat, arrow or emoji that labels a web control ("✉", "🔔"); "°", "©" and "™" are no icons.
     */
    private static final Pattern ICON = Pattern.compile("[\\x{2190}-\\x{21FF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}"
            + "\\x{1F000}-\\x{1FAFF}\\x{FE0F}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");

    /**
     * "Quelle: https://…": the link to the article that was translated, which publishers give on purpose, not a
     * photo or agency credit of the page it was taken from.
     */
    private static final Pattern SOURCE_LINK = Pattern.compile("Quelle\\s*:\\s*https?://\\S+");

    /** Verbs of web calls; their Sie-imperative is the infinitive ("Abonnieren Sie"), the du-form drops the n. */
    private static final Set<String> CALL_VERBS = Set.of(
            "abonnieren", "folgen", "teilen", "liken", "verbinden", "registrieren", "anmelden", "melden", "klicken",
            "tippen", "besuchen", "unterstützen", "aktivieren", "kommentieren", "herunterladen", "downloaden",
            "installieren", "empfehlen", "bewerten", "spenden", "schreiben", "hinterlassen", "verfassen", "lesen",
            "entdecken", "erfahren", "kontaktieren", "verpassen", "bleiben", "weiterlesen", "weiterleiten", "senden",
            "schicken", "einloggen", "bestellen", "sichern", "testen", "akzeptieren", "zustimmen", "drucken", "vorlesen",
            "anhören", "speichern", "merken", "abschließen", "ansehen", "anschauen", "streamen", "diskutieren",
            "mitdiskutieren", "mitmachen", "abstimmen", "laden", "anpassen", "anzeigen", "kopieren", "ablehnen",
            "verwalten", "vergrößern", "abspielen", "öffnen", "scannen", "aktualisieren", "starten", "wählen",
            "auswählen", "schließen");

    /** Call verbs that only websites use, so that an infinitive line of them needs no target: "Jetzt abonnieren". */
    private static final Set<String> WEB_VERBS = Set.of(
            "abonnieren", "liken", "teilen", "kommentieren", "registrieren", "anmelden", "einloggen",
            "herunterladen", "downloaden", "weiterlesen", "akzeptieren", "vorlesen", "ansehen", "anschauen", "streamen");

    /**
     * A web call set into the paragraph without punctuation after it: "… beschädigt wurden. Jetzt Wetter-App
     * herunterladen Die meisten …": "Jetzt", at most four words and a verb that only websites use, then the next
     * sentence's capital.
     */
    private static final Pattern INLINE_CALL = Pattern.compile(
            "(?<=[.!?“”\"«]\\s)Jetzt(?:\\s+\\S+){0,4}?\\s+(?:" + String.join("|", WEB_VERBS)
                    + ")(?=\\s+\\p{Lu})");

    private static final Set<String> SOCIAL_NETWORKS = Set.of(
            "facebook", "instagram", "twitter", "x", "youtube", "tiktok", "whatsapp", "telegram", "linkedin",
            "pinterest", "threads", "snapchat", "mastodon", "bluesky", "xing", "reddit", "vk", "flipboard", "rss");

    /** What a web call is aimed at: us or a thing on a website, as whole words ... */
    private static final Set<String> CALL_TARGET_WORDS = Set.of(
            "uns", "app", "apps", "abo", "abos", "hier", "mehr", "link", "seite", "mail", "feed", "push", "video",
            "kostenlos", "gratis", "details", "einstellungen", "bild", "bilder", "foto", "fotos", "galerie",
            "grafik", "vollbild");
    /** ... or as word starts: "unseren", "YouTube-Kanäle", "Benachrichtigungen". */
    private static final List<String> CALL_TARGET_STEMS = List.of(
            "unser", "newsletter", "kanal", "kanäle", "kommentar", "artikel", "beitr", "eintr", "benachrichtigung",
            "podcast", "bildergalerie", "fotostrecke", "ticker", "liveticker",
            "website", "webseite", "homepage", "e-mail", "profil", "vollständig", "laufenden", "facebook", "instagram",
            "twitter", "youtube", "tiktok", "whatsapp", "telegram", "linkedin");

    /** What follows a verb-first du-form call ("Folge uns", "Hinterlasse einen Kommentar"), unlike "Teile der Stadt". */
    private static final Set<String> AFTER_DU_IMPERATIVE = Set.of(
            "uns", "dich", "ein", "einen", "eine", "unser", "unseren", "unsere", "unserem", "diesen", "dieses",
            "den", "dem", "jetzt", "hier", "gerne", "bitte");

    /** Separators between the items of a share, tag or link row, standing between spaces: "·", "|", "•", "›". */
    /** Where a short line of furniture parts: a dash, bar or colon between words, or a sentence end. */
    private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s[–—|]\\s|:\\s|(?<=[.!?])\\s");
    private static final Pattern LINE_END_MARKS = Pattern.compile("[!»›>]+$");
    private static final Pattern ROW_SEPARATOR = Pattern.compile("\\s[·•|‧∙⋅›]\\s");
    /** A row of this many items, each of at most {@link #MAX_ROW_ITEM_WORDS} words, is navigation by its form alone. */
    private static final int MIN_ROW_ITEMS = 3;
    private static final int MAX_ROW_ITEM_WORDS = 5;

    /**
     * The nouns a news site labels its navigation and teaser boxes with ("Artikel", "Ressort", "Startseite",
     * "Empfehlungen"). Website UI draws on a small fixed vocabulary, and a label made only of these and function words
     * names no topic of its own, while an article's subheading does ("Der Artikel 13 und das Internet").
     */
    private static final Set<String> NAV_NOUNS = Set.of(
            "artikel", "beitrag", "beiträge", "themen", "topthemen", "top-themen", "ressort", "ressorts", "rubrik",
            "rubriken", "startseite", "homepage", "übersicht", "empfehlungen", "empfehlung", "meistgelesen",
            "newsletter", "kommentare", "videos", "bildergalerie", "bildergalerien", "fotostrecke", "galerie",
            "archiv", "meldungen", "nachrichten", "schlagzeilen", "themenseite", "dossier", "mediathek",
            "impressum", "datenschutz", "kontakt", "inhaltsverzeichnis", "navigation", "menü", "login", "lesezeit",
            "lesedauer", "einstellungen");
    /** Words that go with the nav nouns in a label ("Empfehlungen der Redaktion") but make none alone. */
    private static final Set<String> LABEL_WORDS = Set.of(
            "der", "die", "das", "den", "dem", "des", "zum", "zur", "zu", "aus", "von", "vom", "mit", "für", "im",
            "in", "am", "auf", "und", "alle", "mehr", "weitere", "weiteren", "neueste", "neuesten", "aktuelle",
            "aktuellen", "ähnliche", "ähnlichen", "verwandte", "meistgelesene", "meistgelesenen", "beliebteste",
            "beliebtesten", "top", "zurück", "unsere", "unser", "unseren", "redaktion", "thema", "seite", "hier", "min",
            "minuten", "ca");
    private static final int MAX_LABEL_WORDS = 6;
    /** Label nouns a section's name follows. */
    private static final Set<String> SECTION_NOUNS = Set.of("ressort", "rubrik", "thema", "themenseite", "dossier");

    /** A reader comment's header, "Gast123 schrieb am 12.03.2024 um 14:22", or its age alone: "vor 3 Stunden". */
    private static final Pattern COMMENT_HEADER = Pattern.compile(
            "\\s(?:schrieb|kommentierte|antwortete|meinte) am \\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\d{2,4})?"
                    + "|^(?:vor|Vor) (?:\\d+|einer|einem) "
                    + "(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?)$");
    private static final int MAX_COMMENT_HEADER_WORDS = 10;

    /**
     * The site speaking of itself, which counts like the reader address beside the site's furniture: "Diese Website
     * verwendet Cookies", "für diesen Artikel deaktiviert", "Wir und unsere Partner nutzen Cookies". A bare "wir" is
     * no evidence: reported speech is full of it.
     */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?<!\\p{L})(?:(?:[Dd]iese[rsmn]?|[Uu]nsere[rnms]?|[Uu]nser) (?:\\p{L}+-)?(?:Website|Webseite|Internetseite|Seite|App"
                    + "|Plattform|Portal|Newsletter|Artikel|Beitrag|Partner))(?!\\p{L})"
                    // a section of the site as a compound's head: "in unserem Sportbereich", "unserem Liveticker"
                    + "|(?<!\\p{L})[Uu]nsere[rnms]? \\p{Lu}\\p{L}*(?:bereich|ressort|rubrik|ticker|dossier|mediathek"
                    + "|themenseite|Bereich|Ressort|Rubrik|Ticker|Dossier|Mediathek)(?!\\p{L})");

    /** A quotation mark: a line with one quotes somebody, who may ask anything. */
    private static final Pattern QUOTE_MARK = Pattern.compile("[„“”\"»«]");
    /**
     * A rating widget: a row of stars, or the question whether the reader liked the page's own piece ("Hat Ihnen
     * dieser Artikel gefallen?"), the noun one a site names its content with ({@link #NAV_NOUNS} and a few more).
     */
    private static final Pattern RATING_STARS = Pattern.compile("[★☆✩✭⭐✰]{3,}");
    private static final Pattern LIKED_PROMPT = Pattern.compile(
            "(?i)\\b(?:hat|haben)\\s+(?:Ihnen|dir|euch)\\s+(?:\\p{L}+\\s+){0,2}(\\p{L}+)\\s+gefallen\\s*\\?");
    private static final Set<String> CONTENT_NOUNS = Set.of("interview", "text", "bericht", "video", "podcast",
            "story", "analyse", "kolumne");

    /** A sentence's or a quotation's end: no headline ends so. */
    private static final Pattern SENTENCE_OR_QUOTE_END = Pattern.compile("[.!?…“”\"»«]$");
    /**
     * A count in brackets after a button's label, "(24 Fotos)", or a player's mark and running time after it, "▶ 4:12
     * Min.".
     */
    private static final Pattern TRAILING_COUNT = Pattern.compile("\\s*\\(\\d+(?:\\s+\\p{L}+)?\\)$"
            // a note of one or two words in brackets: "Jetzt kommentieren (Anmeldung erforderlich)", "… (Anzeige)"
            + "|\\s+\\(\\p{Lu}\\p{Ll}+(?:\\s\\p{Ll}+)?\\)$"
            + "|\\s*[▶►⏵]\\s*(?:(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\s*(?:Min\\.|min|Minuten))?"
            + "|\\d{1,3}\\s*(?:Min\\.|min|Minuten))$");

    /** The mark of a button or menu after its label: "+", "▾", "▼", a close mark "✕". */
    private static final Pattern BUTTON_MARK = Pattern.compile("\\p{L}\\s+[+▾▼⌄✕✖×]$");
    /** The label that marks a paid placement. */
    private static final Pattern AD_LABEL = Pattern.compile("Anzeige|ANZEIGE|Werbung|WERBUNG|Gesponsert|Sponsored");
    /** A lower-case infinitive ending a line without a sentence end: a call in infinitive style ("… sparen"). */
    /**
     * A line that points at a link with "hier" and no sentence end: "Alle Folgen der Serie finden Sie hier", "Das
     * Video sehen Sie hier:". The anchor word was the link; in prose the sentence would end with a full stop.
     */
    /** "… finden Sie hier", or a line opened by "Hier klicken" or "Hier tippen" ("Hier klicken für …"). */
    private static final Pattern HERE_LINK = Pattern.compile("\\s\\p{Ll}+ Sie hier\\s*[:!]?$|^Hier (?:klicken|tippen)\\b[^.!?]*$");
    private static final Pattern INFINITIVE_CALL_END = Pattern.compile("\\s\\p{Ll}+(?:en|ern|eln)!?$");

    /** A one-word label, a colon and a question: "Forum: Wie sehen Sie das?". */
    private static final Pattern READER_PROMPT = Pattern.compile("\\p{Lu}\\p{Ll}+:\\s+(\\p{Lu}[^:?]*\\?)");
    private static final int MAX_PROMPT_WORDS = 10;
    /** A speaker's or a field's label opening a line: "Berger: …", "STANDARD: …". */
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}-]*:\\s");

    /** Site notices are short; a longer sentence with "Sie" and "Kommentare" is reported speech. */
    private static final int MAX_NOTICE_WORDS = 25;
    /**
     * A speech attribution after a comma ("…, schrieb die Studentin"): the sentence reports someone's words, whose
     * quotation marks may be lost, so its "Sie" is the speaker's. The most frequent reporting verbs of news.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            ",\\s(?:sagte|sagt|schrieb|schreibt|erklärte|erklärt|betonte|meinte|kritisierte|warnte|so)\\s+"
                    + "(?:der|die|das|er|sie|ein|eine|\\p{Lu})");
    /** The formal address of the reader; mid-sentence and capitalised, "Sie" and "Ihr" are nobody else. */
    private static final Set<String> READER_ADDRESS = Set.of(
            "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres");

    /** The informal possessive opening a site notice, as blogs write it: "Deine E-Mail-Adresse wird nicht …". */
    private static final Set<String> INFORMAL_POSSESSIVES = Set.of("Dein", "Deine", "Deinen", "Deinem", "Deiner");

    /**
     * Words for the furniture of a news website: beside the reader address they make a site notice ("Wir verwenden
     * Cookies, um Ihnen …", "Ihr Kommentar wird nach Prüfung freigeschaltet"). Word starts, so that compounds count.
     */
    private static final List<String> SITE_STEMS = List.of(
            "cookie", "newsletter", "postfach", "kommentar", "nutzungserlebnis", "datenschutz", "nutzungsbedingung",
            "abo", "abonnement", "benachrichtigung", "push-", "redaktion", "startseite", "freigeschaltet",
            "freischalten", "e-paper", "leserbrief", "registrierung", "werbeblocker", "adblock", "pflichtfeld", "eingeloggt",
            "anmeldung", "angemeldet", "e-mail-adresse", "passwort", "benutzername", "affiliate");
    /**
     * A key combination ("Strg+Enter", "Ctrl + F5", "⌘+S"): an instruction for the page's user interface, which counts
     * as two pieces of site furniture, enough even in an interview ("Markieren Sie ihn und drücken Sie Strg+Enter").
     */
    private static final Pattern KEY_COMBINATION = Pattern.compile(
            "(?<!\\p{L})(?:Strg|Ctrl|Alt|Shift|Umschalt|Cmd|Command|⌘|Fn)\\s?\\+\\s?(?:\\p{L}+|F?\\d{1,2})(?!\\p{L})");
    private static final int KEY_COMBINATION_WEIGHT = 2;
    /** General web words: beside the reader address they join a site notice only next to a clear one. */
    private static final List<String> WEB_STEMS = List.of(
            "website", "webseite", "internetseite", "browser", "e-mail", "klick", "artikel", "beitrag", "beiträg",
            "nutzung", "einstellungen", "zustimm", "akzeptier");

    private final GermanLexicon lexicon;
    private final LanguageIdentifier languages;

    public BoilerplateDetector(GermanLexicon lexicon, LanguageIdentifier languages) {
        this.lexicon = lexicon;
        this.languages = languages;
    }

    @Override
    public Category category() {
        return Category.BOILERPLATE;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        List<Span> lines = analysed.lines().stream()
                .map(Spans::trim)
                .filter(line -> line.value().chars().anyMatch(c -> Character.isLetter(c) || c == '©'))
                .toList();
        BitSet quoted = quotedSpans(analysed);
        Context context = new Context(quoted, readerQuestions(lines, quoted));
        List<List<Finding>> perLine = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String v = lines.get(i).value();
            List<Finding> found = lineFindings(lines.get(i), context);
            if (found.isEmpty() && isReaderPrompt(lines, i, context)) {
                found = List.of(delete(lines.get(i).start(), lines.get(i).end(), "Prompt for reader comments"));
            }
            // a one-word label ("Archiv") may be a subheading; a compound one ("Cookie-Einstellungen") is the site's
            if (found.isEmpty() && isNavLabel(v) && (words(v).size() > 1 || v.contains("-"))) {
                found = List.of(delete(lines.get(i).start(), lines.get(i).end(), "Section or teaser heading"));
            }
            perLine.add(found);
        }
        int tailStart = tailStart(lines, perLine);
        for (int i = Math.max(1, tailStart); i < lines.size(); i++) {
            // a one-word label ("Archiv", "Themen") is a subheading when a sentence follows, furniture only after the
            // article's body and before more furniture or nothing
            boolean sentenceFollows = i + 1 < lines.size() && perLine.get(i + 1).isEmpty()
                    && lines.get(i + 1).value().matches("(?s).*[.!?…][\"“”»«'’)]*$");
            if (perLine.get(i).isEmpty() && !sentenceFollows && isNavLabel(lines.get(i).value())) {
                Span line = lines.get(i);
                perLine.set(i, List.of(delete(line.start(), line.end(), "Section or teaser heading")));
            }
        }
        flagTailTeasers(lines, perLine, tailStart);
        return perLine.stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(Finding::start))
                .toList();
    }

    /**
     * What a line is read against: the quoted stretches, and how many questions put "Sie" to someone; with one or
     * more the article is a dialogue (an interview), where the reader address is the interviewer's.
     */
    private record Context(BitSet quoted, long readerQuestions) {
        boolean dialogue() {
            return readerQuestions > 0;
        }
    }

    /** Questions outside quotes that address someone as "Sie", the site's own ("Gefällt Ihnen dieser Artikel?") not. */
    private static long readerQuestions(List<Span> lines, BitSet quoted) {
        return lines.stream().flatMap(line -> Sentences.split(line).stream())
                .filter(s -> s.value().endsWith("?") && addressesReader(s, quoted)
                        && !SELF_REFERENCE.matcher(s.value()).find())
                .count();
    }

    /**
     * A labelled question to the reader alone on its line, "Forum: Wie sehen Sie das?", "Debatte: Was meinen Sie?":
     * the site's prompt above its comments. Only as the text's one question that addresses someone as "Sie", and with
     * no labelled answer after it: an interview asks many, or has its answer follow ("Frage: Was wünschen Sie sich?"
     * before "Berger: Verlässlichkeit.").
     */
    private static boolean isReaderPrompt(List<Span> lines, int index, Context context) {
        Span line = lines.get(index);
        if (index + 1 < lines.size() && LABEL.matcher(lines.get(index + 1).value()).lookingAt()) {
            return false;
        }
        Matcher prompt = READER_PROMPT.matcher(line.value());
        if (!prompt.matches() || words(line.value()).size() > MAX_PROMPT_WORDS) {
            return false;
        }
        Span question = new Span(prompt.group(1), line.start() + prompt.start(1), line.end());
        boolean asks = addressesReader(question, context.quoted())
                || READER_ADDRESS.contains(words(prompt.group(1)).get(0));
        return asks && context.readerQuestions() <= 1;
    }

    private List<Finding> lineFindings(Span line, Context context) {
        String v = line.value();
        int words = words(v).size();
        List<Span> items = rowItems(line);
        if (items.size() > 1 && isFurnitureRow(items, context)) {
            return List.of(delete(line.start(), line.end(), "Row of links or buttons scraped with the article"));
        }
        if (words <= MAX_COMMENT_HEADER_WORDS && COMMENT_HEADER.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Reader comment header scraped with the article"));
        }
        if (PAGE_COUNTS.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Reading time or comment count of the web page"));
        }
        // a tracking parameter glued to the link is the link's too ("Mehr aus Kultur sid=8f3a")
        if (words <= MAX_NAV_WORDS && (NAV.matcher(QUERY_PAIR.matcher(LINK_MARKS.matcher(v).replaceAll(""))
                .replaceAll("").strip()).find()
                || PAGER_ARROW.matcher(v).find())
                || words <= MAX_ARROW_LINK_WORDS && ARROW_LINK.matcher(v).matches()) {
            return List.of(delete(line.start(), line.end(), "Navigation link scraped with the article"));
        }
        Matcher arrow = TRAILING_ARROW_LINK.matcher(v);
        // the arrow ends the line: checked first, as the pattern's search is slow on long paragraphs
        String trimmed = v.stripTrailing();
        if (!trimmed.isEmpty() && "»›→".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0
                && arrow.find() && words(arrow.group()).size() <= MAX_ARROW_LINK_WORDS) {
            return List.of(delete(line.start() + arrow.start(), line.end(), "Navigation link scraped with the article"));
        }
        Matcher call = INLINE_CALL.matcher(v);
        if (call.find()) {
            return List.of(delete(line.start() + call.start(), line.start() + call.end(),
                    "Call to action scraped into the paragraph"));
        }
        Matcher teaser = INLINE_TEASER.matcher(v);
        if (teaser.find() && words(v.substring(teaser.start())).size() <= MAX_TEASER_WORDS) {
            return List.of(delete(line.start() + teaser.start(), line.end(),
                    "Link to another article scraped with the article"));
        }
        if (words <= MAX_PROMPT_WORDS && !QUOTE_MARK.matcher(v).find()
                && (RATING_STARS.matcher(v).find() || isLikedPrompt(v))) {
            return List.of(delete(line.start(), line.end(), "Rating widget of the web page scraped with the article"));
        }
        if (READING_TIME.matcher(v).matches()) {
            return List.of(delete(line.start(), line.end(), "Reading time of the web page scraped with the article"));
        }
        if (words <= MAX_EMBED_CREDIT_WORDS && EMBED_CREDIT.matcher(v).matches()) {
            return List.of(delete(line.start(), line.end(),
                    "Attribution of an embedded social media post scraped with the article"));
        }
        if (TIMESTAMP.matcher(v).find() || BYLINE_WITH_DATE.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Time stamp of the web page scraped with the article"));
        }
        if (BREADCRUMB.matcher(v).find() || PAGER.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Navigation of the web page scraped with the article"));
        }
        if (words <= MAX_SYNDICATION_WORDS && SYNDICATION.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Syndication note scraped with the article"));
        }
        Matcher copyright = COPYRIGHT.matcher(v);
        if (copyright.find()) {
            return List.of(delete(line.start() + copyright.start(), line.end(), "Copyright notice or photo credit"));
        }
        if (words <= MAX_RIGHTS_WORDS && RIGHTS_RESERVED.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Copyright notice"));
        }
        if (v.indexOf(':') != v.lastIndexOf(':') && STAFF_CREDITS.matcher(v).matches()) {
            return List.of(delete(line.start(), line.end(), "Staff credits of the web page scraped with the article"));
        }
        Matcher credit = CREDIT.matcher(v);
        if (credit.find() && words(FILE_NAME.matcher(v.substring(credit.start())).replaceAll("")).size()
                <= MAX_CREDIT_WORDS
                && !SOURCE_LINK.matcher(v.substring(credit.start())).matches()) {
            return List.of(delete(line.start() + credit.start(), line.end(), "Photo credit scraped with the article"));
        }
        // a file name or a tracking parameter left beside a call is no word of it ("Jetzt buchen aff_id=MX22")
        String withoutFiles = QUERY_PAIR.matcher(FILE_NAME.matcher(v).replaceAll("")).replaceAll("").strip();
        if (isShortCallLine(withoutFiles, words(withoutFiles).size()) || isIconLabels(v)
                || words <= MAX_TEASER_WORDS && HERE_LINK.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Call to action scraped with the article"));
        }
        // an ad's pitch may run longer than a teaser: its label and its call end say what it is
        if ((words <= MAX_TEASER_WORDS || words <= MAX_AD_PITCH_WORDS && isLabelledAdPitch(v)) && hasFurnitureSegment(v)) {
            return List.of(delete(line.start(), line.end(), "Label or call of the website scraped with the article"));
        }
        Optional<Finding> linkTeaser = teaserAfterForeignLabel(line);
        return linkTeaser.isPresent() ? List.of(linkTeaser.get()) : callSentences(line, context);
    }

    private static boolean isLikedPrompt(String v) {
        Matcher m = LIKED_PROMPT.matcher(v);
        if (!m.find()) {
            return false;
        }
        String noun = m.group(1).toLowerCase(Locale.GERMAN);
        return NAV_NOUNS.contains(noun) || CONTENT_NOUNS.contains(noun);
    }

    /**
     * The German headline after a label left in the source language, "Olvasd el ezt is: Inflation sinkt auf 3,7
     * Prozent": a link to another article, like "Lesen Sie auch: …". A sentence after the label ends in a stop.
     */
    private Optional<Finding> teaserAfterForeignLabel(Span line) {
        Optional<ForeignLabel.Label> label = ForeignLabel.of(line.value(), lexicon, languages);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        String headline = line.value().substring(label.get().length()).strip();
        int start = line.end() - headline.length();
        boolean isHeadline = words(headline).size() <= MAX_TEASER_WORDS && !SENTENCE_OR_QUOTE_END.matcher(headline).find()
                && languages.sourceLanguage(headline).isEmpty();
        return isHeadline ? Optional.of(delete(start, line.end(), "Link to another article scraped with the article"))
                : Optional.empty();
    }

    /**
     * A short line whose first or last part, between dashes, bars, colons or sentence ends, is a nav word, a call or a
     * comment counter: "Anzeige – Artikel wird unten fortgesetzt", "Newsletter: … – jetzt kostenlos anmelden!",
     * "Kommentare (23) – Kommentar schreiben. Bitte beachten Sie unsere Netiquette."
     */
    private static boolean hasFurnitureSegment(String v) {
        String[] segments = SEGMENT_BREAK.split(v);
        if (segments.length < 2) {
            return false;
        }
        String first = segments[0].strip();
        String last = LINE_END_MARKS.matcher(segments[segments.length - 1].strip()).replaceFirst("");
        // a full stop ends a pitch's call as well, when it names a web verb or target: "… in unserer App – jetzt
        // kostenlos herunterladen."; "Jetzt heißt es sparen." is a sentence
        if (last.endsWith(".") && lowercase(words(last)).stream()
                .anyMatch(w -> WEB_VERBS.contains(w) || isCallTarget(w))) {
            last = last.substring(0, last.length() - 1);
        }
        // "Weiter: Bayern – Dortmund 2:1" opens results: a nav word counts before a dash or bar only
        boolean navBeforeDash = !v.startsWith(first + ":") && NAV.matcher(first).find();
        // an ad's label before its pitch in infinitive style: "Anzeige: Jetzt Hotels vergleichen und sparen"
        boolean adPitch = isLabelledAdPitch(v) || AD_LABEL.matcher(last).matches();
        return navBeforeDash || adPitch || isShortCallLine(first, words(first).size())
                || isShortCallLine(last, words(last).size());
    }

    /** An ad's label, a colon and a pitch that ends in an infinitive call: "Anzeige: … jetzt Abo sichern!". */
    private static boolean isLabelledAdPitch(String v) {
        int colon = v.indexOf(':');
        return colon > 0 && AD_LABEL.matcher(v.substring(0, colon).strip()).matches()
                && INFINITIVE_CALL_END.matcher(v).find();
    }

    /**
     * A short line of labels beside icons, with no sentence end: each word a navigation label ("Teilen ✉ Drucken"),
     * one of them a web call verb ("Live-Updates aktivieren 🔔"), or a piece of the page in two words at most ("📌
     * Angepinnter Beitrag"). The icons mark the words as controls of the page.
     */
    private static boolean isIconLabels(String v) {
        if (!ICON.matcher(v).find() || SENTENCE_END.matcher(v).find()) {
            return false;
        }
        List<String> labels = words(ICON.matcher(v).replaceAll(" "));
        return !labels.isEmpty() && labels.size() <= MAX_SHORT_CALL_WORDS
                && (labels.stream().allMatch(w -> NAV.matcher(w).find())
                        || labels.stream().anyMatch(w -> CALL_VERBS.contains(w.toLowerCase(Locale.GERMAN)))
                        || labels.size() <= 2 && isCallTarget(labels.get(labels.size() - 1).toLowerCase(Locale.GERMAN)));
    }

    /** The items of a line split at row separators; one item when there is none. */
    private static List<Span> rowItems(Span line) {
        List<Span> items = new ArrayList<>();
        Matcher separator = ROW_SEPARATOR.matcher(line.value());
        int from = 0;
        while (separator.find()) {
            addItem(items, line, from, separator.start());
            from = separator.end();
        }
        addItem(items, line, from, line.value().length());
        return items;
    }

    private static void addItem(List<Span> items, Span line, int from, int to) {
        Span item = Spans.trim(new Span(line.value().substring(from, to), line.start() + from, line.start() + to));
        if (!item.isBlank()) {
            items.add(item);
        }
    }

    /**
     * Items between separators are a share, tag or link row when there are several and all are short, or when one of
     * them is boilerplate on its own ("Kommentar schreiben · Ihr Kommentar wird geprüft.").
     */
    private boolean isFurnitureRow(List<Span> items, Context context) {
        // digits make a row a table or a list of results ("1. Salzburg 45 · 2. Sturm 41")
        boolean allShort = items.stream().allMatch(item -> words(item.value()).size() <= MAX_ROW_ITEM_WORDS
                && !item.value().matches("(?s).*[.!?]\\S*$") && item.value().chars().noneMatch(Character::isDigit));
        // two short buttons of which one names the site's furniture: "Einverstanden | Nur notwendige Cookies"
        // so do one-word buttons of which one is a general web word: "Zustimmen | Ablehnen"
        boolean oneWordItems = items.stream().allMatch(item -> words(item.value()).size() == 1);
        boolean namesFurniture = items.stream().anyMatch(item -> lowercase(words(item.value())).stream()
                .anyMatch(word -> hasStem(word, SITE_STEMS) || oneWordItems && hasStem(word, WEB_STEMS)));
        if (allShort && (items.size() >= MIN_ROW_ITEMS || namesFurniture)) {
            return true;
        }
        return items.stream().anyMatch(item -> isNavLabel(item.value()) || !lineFindings(item, context).isEmpty());
    }

    /**
     * A short label without a sentence end, made only of web-navigation nouns and the words that go with them, with at
     * least one nav noun: "Empfehlungen der Redaktion", "Zurück zur Übersicht", "Alle Artikel zum Thema: Venedig"
     * (the label before a colon).
     */
    private static boolean isNavLabel(String v) {
        if (v.matches("(?s).*[.!?,;]$")) {
            return false;
        }
        int colon = v.indexOf(':');
        List<String> w = lowercase(words(colon > 0 ? v.substring(0, colon) : v));
        if (w.isEmpty() || w.size() > MAX_LABEL_WORDS || words(v).size() > MAX_LABEL_WORDS + MAX_ROW_ITEM_WORDS) {
            return false;
        }
        List<String> heads = w.stream().map(x -> x.substring(x.lastIndexOf('-') + 1)).toList();
        // a link back names the section after the nav noun: "Zurück zur Rubrik Meinung"; so may any label, with one
        // word after "Ressort", "Rubrik" or "Thema": "Weitere Artikel aus dem Ressort Kultur"
        return heads.stream().anyMatch(NAV_NOUNS::contains) && (heads.get(0).equals("zurück")
                || IntStream.range(0, heads.size()).allMatch(i -> NAV_NOUNS.contains(heads.get(i))
                        || LABEL_WORDS.contains(heads.get(i)) || i > 0 && SECTION_NOUNS.contains(heads.get(i - 1))));
    }

    /** The stretches between a quote's opening and closing marks: the reader address in them is a speaker's. */
    private static BitSet quotedSpans(AnalysedText analysed) {
        BitSet quoted = new BitSet(analysed.text().length());
        for (Quote quote : analysed.quotePairs()) {
            if (quote.open() != null && quote.close() != null) {
                quoted.set(quote.open().index() + 1, quote.close().index());
            }
        }
        return quoted;
    }

    /**
     * Calls to subscribe, follow, share or comment and site notices; a weaker sentence joins a clear one beside it, a
     * line of weaker ones with a question to the reader about the page is one too, and consecutive ones in a line
     * become one finding.
     */
    private List<Finding> callSentences(Span line, Context context) {
        List<Span> sentences = Sentences.split(line);
        List<CallStrength> strength = sentences.stream().map(s -> callStrength(s, context)).toList();
        int n = sentences.size();
        boolean[] call = new boolean[n];
        for (int i = 0; i < n; i++) {
            call[i] = strength.get(i) == CallStrength.STRONG;
        }
        // An exclamation without a web target ("Bleiben Sie dran!") or a notice's second sentence is a call only
        // beside a clear one.
        for (int i = 1; i < n; i++) {
            call[i] |= call[i - 1] && strength.get(i) == CallStrength.WEAK;
        }
        for (int i = n - 2; i >= 0; i--) {
            call[i] |= call[i + 1] && strength.get(i) == CallStrength.WEAK;
        }
        // a paragraph of weak calls alone, one a question to the reader about the page, is furniture too: "Hat Ihnen
        // dieser Artikel gefallen? Dann teilen Sie ihn!"
        if (n >= 2 && strength.stream().allMatch(x -> x == CallStrength.WEAK)
                && sentences.stream().anyMatch(sentence -> sentence.value().endsWith("?"))) {
            Arrays.fill(call, true);
        }
        List<Finding> findings = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && call[i] && runStart < 0) {
                runStart = i;
            } else if ((i == n || !call[i]) && runStart >= 0) {
                findings.add(delete(sentences.get(runStart).start(), sentences.get(i - 1).end(),
                        "Call to subscribe, follow or share, or a site notice, scraped with the article"));
                runStart = -1;
            }
        }
        return findings;
    }

    private enum CallStrength { NONE, WEAK, STRONG }

    private static CallStrength callStrength(Span span, Context context) {
        String sentence = span.value();
        if (sentence.startsWith("„") || sentence.startsWith("\"") || sentence.startsWith("»")) {
            return CallStrength.NONE;
        }
        if (sentence.endsWith("?")) {
            // a question to the reader about the page itself: "Hat Ihnen dieser Artikel gefallen?"
            boolean aboutPage = lowercase(words(sentence)).stream()
                    .anyMatch(x -> hasStem(x, SITE_STEMS) || hasStem(x, WEB_STEMS));
            return aboutPage && !context.dialogue() && addressesReader(span, context.quoted())
                    ? CallStrength.WEAK : CallStrength.NONE;
        }
        List<String> original = words(sentence);
        List<String> w = lowercase(original);
        if (isShortCallLine(sentence, original.size())) {
            return CallStrength.STRONG; // "Jetzt anmelden!" after a pitch in the same paragraph
        }
        boolean imperative = isDuImperative(w);
        for (int i = 0; i + 1 < w.size() && !imperative; i++) {
            // Polite "Sie" is capitalised; "folgen sie" mid-sentence is "they follow".
            imperative = CALL_VERBS.contains(w.get(i)) && original.get(i + 1).equals("Sie");
        }
        if (imperative && w.stream().anyMatch(BoilerplateDetector::isCallTarget)) {
            return CallStrength.STRONG;
        }
        // a call without a web target may still be a site notice: "Mit Ihrer Anmeldung akzeptieren Sie …"
        CallStrength notice = siteNoticeStrength(span, w, context);
        return notice == CallStrength.NONE && imperative && sentence.endsWith("!") ? CallStrength.WEAK : notice;
    }

    /**
     * A sentence that speaks to the reader about the site: the formal address outside quotes beside the site's
     * furniture ("Wir verwenden Cookies, um Ihnen …") is clear, beside general web words or without the address it is
     * weaker. Opening the sentence or a clause after a colon, "Sie" and "Ihr" may be "she", "they" or "her", so there
     * they count only beside two furniture words ("Ihr Kommentar wird von der Redaktion freigeschaltet"), a possessive
     * also beside one and a general web word ("Ihre E-Mail-Adresse wird nicht veröffentlicht"), "Sie" only before a
     * plural verb.
     */
    private static CallStrength siteNoticeStrength(Span sentence, List<String> lowercaseWords, Context context) {
        if (lowercaseWords.size() > MAX_NOTICE_WORDS || ATTRIBUTION.matcher(sentence.value()).find()) {
            return CallStrength.NONE;
        }
        long siteWords = lowercaseWords.stream().filter(x -> hasStem(x, SITE_STEMS)).distinct().count()
                + (KEY_COMBINATION.matcher(sentence.value()).find() ? KEY_COMBINATION_WEIGHT : 0);
        boolean webWords = lowercaseWords.stream().anyMatch(x -> hasStem(x, WEB_STEMS));
        List<Span> w = Spans.words(sentence.value());
        boolean address = !w.isEmpty() && (w.get(0).value().startsWith("Ihr") && READER_ADDRESS.contains(w.get(0).value())
                || INFORMAL_POSSESSIVES.contains(w.get(0).value())) && (siteWords >= 2 || siteWords == 1 && webWords);
        // an opening "Sie" before a plural verb ("Sie müssen eingeloggt sein, um Kommentare zu schreiben"), not
        // "she" ("Sie schrieb einen Kommentar für die Redaktion")
        address |= w.size() > 1 && w.get(0).value().equals("Sie") && w.get(1).value().endsWith("en") && siteWords >= 2;
        boolean readerAddressed = addressesReader(sentence, context.quoted());
        boolean selfReference = SELF_REFERENCE.matcher(sentence.value()).find();
        address |= readerAddressed || selfReference;
        // in an interview "Sie" is the interviewee: then only a notice naming two pieces of furniture is one; the
        // reader sent to the site's own section is one ("… finden Sie in unserem Sportbereich")
        if (address && siteWords >= (context.dialogue() ? 2 : 1)
                || readerAddressed && selfReference && !context.dialogue()) {
            return CallStrength.STRONG;
        }
        return (address && webWords) || siteWords > 0 ? CallStrength.WEAK : CallStrength.NONE;
    }

    /** A word or the last part of a hyphenated compound that starts with a stem: "Abend-Newsletter". */
    private static boolean hasStem(String word, List<String> stems) {
        String head = word.substring(word.lastIndexOf('-') + 1);
        return stems.stream().anyMatch(stem -> word.startsWith(stem) || head.startsWith(stem));
    }

    /** The formal address outside quotes, not opening the sentence or a clause after a colon. */
    private static boolean addressesReader(Span sentence, BitSet quoted) {
        List<Span> w = Spans.words(sentence.value());
        for (int i = 1; i < w.size(); i++) {
            Span word = w.get(i);
            String before = sentence.value().substring(w.get(i - 1).end(), word.start());
            if (READER_ADDRESS.contains(word.value()) && !before.contains(":")
                    && !quoted.get(sentence.start() + word.start())) {
                return true;
            }
        }
        return false;
    }

    /** "Folge uns", "Teile diesen Artikel": a call verb's du-form first, before an object or "uns". */
    private static boolean isDuImperative(List<String> w) {
        return w.size() >= 2 && CALL_VERBS.contains(w.get(0) + "n") && AFTER_DU_IMPERATIVE.contains(w.get(1));
    }

    /** A call's target, or a hyphenated compound with one as a part: "push-benachrichtigungen", "whatsapp-kanal". */
    private static boolean isCallTarget(String word) {
        return Arrays.stream(word.split("-")).anyMatch(part -> SOCIAL_NETWORKS.contains(part)
                || CALL_TARGET_WORDS.contains(part) || CALL_TARGET_STEMS.stream().anyMatch(part::startsWith));
    }

    /**
     * A short line with no sentence end that is a web call in infinitive style ("Kommentar verfassen", "Jetzt
     * abonnieren"), a comment counter ("3 Kommentare") or a share bar naming several networks.
     */
    private static boolean isShortCallLine(String line, int lineWords) {
        // a count in brackets belongs to the button: "Bildergalerie öffnen (24 Fotos)"
        String v = TRAILING_COUNT.matcher(line).replaceFirst("");
        int wordCount = v.length() == line.length() ? lineWords : words(v).size();
        if (v.endsWith(".") || v.endsWith("?")) {
            return false;
        }
        // a call with its promise after "und": "Newsletter abonnieren und keine Nachricht mehr verpassen!"
        int and = v.indexOf(" und ");
        boolean callBeforePromise = wordCount <= 2 * MAX_SHORT_CALL_WORDS && and > 0
                && isShortCallLine(v.substring(0, and), words(v.substring(0, and)).size());
        if (wordCount > MAX_SHORT_CALL_WORDS || callBeforePromise) {
            return callBeforePromise;
        }
        List<String> w = lowercase(words(v));
        if (w.isEmpty()) {
            return false;
        }
        // "Artikel vorlesen lassen", a consent button's "Zustimmen und weiter": the call verb before them; a button's
        // or menu's mark after the label ("Autorin folgen +", "Standort wählen ▾"), or "jetzt" before it
        int end = w.size();
        boolean consent = end > 2 && w.get(end - 1).equals("weiter") && w.get(end - 2).equals("und");
        boolean button = consent || BUTTON_MARK.matcher(v).find() || w.get(0).equals("jetzt") && end <= 2;
        if (consent) {
            end -= 2;
        } else if (end > 1 && w.get(end - 1).equals("lassen")) {
            end--;
        }
        String last = w.get(end - 1);
        // "Jetzt Hotel in Bangkok buchen": "jetzt" before an infinitive at the end is an ad's imperative, after its
        // object as well ("Tickets jetzt online buchen")
        int now = w.indexOf("jetzt");
        List<String> original = words(v);
        // "Jetzt müssen die Parteien verhandeln" is a headline: a verb right after "jetzt" ends in "-en" as well
        boolean verbAfterNow = now >= 0 && now + 2 < w.size() && w.get(now + 1).endsWith("en")
                && Character.isLowerCase(original.get(now + 1).charAt(0))
                && !ARTICLE_BEFORE_CALL_OBJECT.matcher(w.get(now + 1)).matches();
        // with its object first the call is a shop's button ("Tickets jetzt online buchen"); "Experten: Schulen jetzt
        // öffnen" is a demand
        boolean nowCall = now >= 0 && now <= MAX_OBJECT_BEFORE_NOW && !verbAfterNow
                && (now == 0 || SHOP_CALLS.contains(w.get(w.size() - 1)))
                && original.subList(0, now).stream().allMatch(x -> Character.isUpperCase(x.charAt(0)))
                && INFINITIVE_CALL_END.matcher(LINE_END_MARKS.matcher(v).replaceFirst("")).find();
        boolean infinitiveCall = nowCall || CALL_VERBS.contains(last) && !v.contains("Sie")
                && (button || WEB_VERBS.contains(last) || w.stream().anyMatch(BoilerplateDetector::isCallTarget));
        // a pitch without a verb: "… – jetzt in unserer App!"
        boolean pitch = w.contains("jetzt") && w.stream().anyMatch(x -> x.startsWith("unser"))
                && w.stream().anyMatch(x -> !x.startsWith("unser") && !x.equals("mehr") && isCallTarget(x));
        boolean commentCounter = w.size() <= 3 && w.stream().anyMatch(x -> x.startsWith("kommentar")
                || x.startsWith("reaktion") || x.startsWith("antwort"));
        long networks = w.stream().filter(SOCIAL_NETWORKS::contains).count();
        return infinitiveCall || pitch || commentCounter || networks >= MIN_SHARE_BAR_NETWORKS;
    }

    /** The index after the last body paragraph: what follows it is the article's tail. */
    private static int tailStart(List<Span> lines, List<List<Finding>> perLine) {
        int tailStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (perLine.get(i).isEmpty() && isBody(lines.get(i).value())) {
                tailStart = i + 1;
            }
        }
        return tailStart;
    }

    /**
     * After the last body paragraph, once boilerplate has begun, headline-like lines are link teasers or the source's
     * name: "Den ganzen Artikel lesen Sie bei" / "Die Tageszeitung".
     */
    private void flagTailTeasers(List<Span> lines, List<List<Finding>> perLine, int tailStart) {
        boolean boilerplateBegun = false;
        for (int i = tailStart; i < lines.size(); i++) {
            if (!perLine.get(i).isEmpty()) {
                boilerplateBegun = true;
            } else if (boilerplateBegun && isHeadlineLike(lines.get(i).value())) {
                Span line = lines.get(i);
                perLine.set(i, List.of(delete(line.start(), line.end(), "Link teaser after the article's end")));
            }
        }
    }

    private static boolean isBody(String v) {
        int n = words(v).size();
        return n >= BODY_WORDS || (n >= BODY_SENTENCE_WORDS && v.matches("(?s).*[.!?…][\"“”»«'’)]*$"));
    }

    private static boolean isHeadlineLike(String v) {
        int n = words(v).size();
        return n >= 1 && n <= MAX_TEASER_WORDS && Character.isUpperCase(v.charAt(0))
                && !v.matches("(?s).*[.!?,;:]$");
    }

    private static List<String> words(String v) {
        return Spans.words(v).stream().map(Span::value).toList();
    }

    private static List<String> lowercase(List<String> words) {
        return words.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private Finding delete(int start, int end, String what) {
        return finding(start, end, what + "; delete it", List.of(""));
    }

    @Override
    public String description() {
        return "Website furniture scraped with the article: navigation, calls to subscribe, share or comment, "
                + "copyright lines and photo credits, found by their structure rather than a phrase list.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Wahl wird verschoben.\n\nEmpfohlene Artikel aus der Rubrik Inland\n",
                        "Empfohlene Artikel aus der Rubrik Inland", "Die Wahl wird verschoben.\n\n"),
                DetectorExample.wrong("Veröffentlicht am 23.09.2024 um 10.14 Uhr, aktualisiert um 11.02 Uhr\n\nDer Chef "
                        + "sprach.", "Veröffentlicht am 23.09.2024 um 10.14 Uhr, aktualisiert um 11.02 Uhr",
                        "Der Chef sprach."),
                DetectorExample.wrong("Sie stehen vor dem Nichts.\n\nMehr zu Northvolt: Alle Artikel zum Thema im "
                        + "Überblick", "Mehr zu Northvolt: Alle Artikel zum Thema im Überblick",
                        "Sie stehen vor dem Nichts."),
                DetectorExample.wrong("Die Linie fährt im Osten.\n\n[Foto = Stadtverwaltung Seoul]\n\nEine Fahrt "
                        + "kostet wenig.", "[Foto = Stadtverwaltung Seoul]", "Die Linie fährt im Osten.\n\nEine Fahrt "
                        + "kostet wenig."),
                DetectorExample.wrong("Das Angebot wird genutzt.\n\nNachdruck und Weiterverbreitung ohne Genehmigung "
                        + "verboten", "Nachdruck und Weiterverbreitung ohne Genehmigung verboten",
                        "Das Angebot wird genutzt."),
                DetectorExample.wrong("Er führt das Team an.\n\nAlle Ergebnisse und Tabellen finden Sie in unserem "
                        + "Sportbereich.", "Alle Ergebnisse und Tabellen finden Sie in unserem Sportbereich.",
                        "Er führt das Team an."),
                DetectorExample.right("Der Nachdruck des Romans ist seit 1950 verboten, sagte der Verlag, der in "
                        + "unserem Bereich arbeitet.\n\nUm 10.14 Uhr begann die Sitzung."),
                DetectorExample.right("Alle Nachrichten aus Gaza werden zensiert\n\nNachdruck von „Mein Kampf“ bleibt "
                        + "verboten\n\nWeitergabe von Patientendaten untersagt"),
                DetectorExample.wrong("Die Serie steht 1:1.\n\nHier klicken für automatische Aktualisierung",
                        "Hier klicken für automatische Aktualisierung", "Die Serie steht 1:1."),
                DetectorExample.wrong("Der Stadtrat tagt am Montag.\n\nTickets jetzt online buchen – ab 22,50 Euro",
                        "Tickets jetzt online buchen – ab 22,50 Euro", "Der Stadtrat tagt am Montag."),
                DetectorExample.wrong("Der Stadtrat tagt am Montag.\n\nIhre Meinung: Jetzt kommentieren (Anmeldung "
                        + "erforderlich)", "Ihre Meinung: Jetzt kommentieren (Anmeldung erforderlich)",
                        "Der Stadtrat tagt am Montag."),
                DetectorExample.wrong("Der Stadtrat tagt am Montag.\n\nMehr aus Graz: Die besten Cafés der Stadt",
                        "Mehr aus Graz: Die besten Cafés der Stadt", "Der Stadtrat tagt am Montag."),
                DetectorExample.right("Die Wahl ist geschlagen.\n\nWahl: Jetzt müssen die Parteien verhandeln\n\n"
                        + "Weitere Ergebnisse: Rapid – Sturm 2:1, LASK – WAC 0:0\n\nHier tippen die meisten Experten "
                        + "auf einen Sieg der Bayern.\n\nExperten: Schulen jetzt öffnen"),
                DetectorExample.wrong("Der Sturm zog weiter.\n\nMehr aus Kultur & Medien", "Mehr aus Kultur & Medien",
                        "Der Sturm zog weiter."),
                DetectorExample.wrong("Der Sturm zog weiter.\n\nBildergalerie schließen ✕", "Bildergalerie schließen ✕",
                        "Der Sturm zog weiter."),
                DetectorExample.wrong("Der Sturm zog weiter.\n\nAlle Warnungen für Ihre Gemeinde finden Sie in unserer App – "
                        + "jetzt kostenlos herunterladen.", "Alle Warnungen für Ihre Gemeinde finden Sie in unserer App – "
                        + "jetzt kostenlos herunterladen.", "Der Sturm zog weiter."),
                DetectorExample.right("Die Stadt will die Schule schließen.\n\nDer Bürgermeister sagte: „Wir lesen jetzt "
                        + "alles – und wollen kostenlos beraten.“"),
                DetectorExample.right("Die Ernte fiel schlecht aus.\n\nDer Vertrag steht – jetzt muss der Landtag zustimmen."),
                DetectorExample.right("Die Anmeldung für den Stadtlauf läuft bis Freitag. Die Registrierung kostet 20 Euro."),
                DetectorExample.wrong("Der Pegel sank am Abend wieder.\n\nHat Ihnen dieser Beitrag gefallen? Dann empfehlen Sie ihn weiter!",
                        "Hat Ihnen dieser Beitrag gefallen? Dann empfehlen Sie ihn weiter!",
                        "Der Pegel sank am Abend wieder.\n\n"),
                DetectorExample.wrong("Der Pegel sank am Abend wieder.\n\nMehr zum Thema Hochwasser in Kärnten\n\nDie Straßen sind frei.",
                        "Mehr zum Thema Hochwasser in Kärnten",
                        "Der Pegel sank am Abend wieder.\n\n\n\nDie Straßen sind frei."),
                DetectorExample.right("Mehr zum Thema sagte der Minister nichts.\n\nDie Straßen sind frei."),
                DetectorExample.wrong("Die Messe endet am Sonntag.\n\nWeitere Beiträge aus dem Ressort Technik",
                        "Weitere Beiträge aus dem Ressort Technik", "Die Messe endet am Sonntag."),
                DetectorExample.right("Die Messe endet am Sonntag.\n\nDas Ressort Technik im Wandel"),
                DetectorExample.wrong("Die Wahl läuft.\n\nTicker aktualisieren\n\nIstanbul ist ausgezählt.",
                        "Ticker aktualisieren", "Die Wahl läuft.\n\nIstanbul ist ausgezählt."),
                DetectorExample.wrong("Die Firma wächst.\n\nJetzt Depot eröffnen und ab 0 Euro handeln – Anzeige\n\nSie "
                        + "stellt ein.", "Jetzt Depot eröffnen und ab 0 Euro handeln – Anzeige",
                        "Die Firma wächst.\n\nSie stellt ein."),
                DetectorExample.wrong("Der Roman erscheint im Mai.\n\nAutorin folgen +\n\nEr spielt in Kolumbien.",
                        "Autorin folgen +", "Der Roman erscheint im Mai.\n\nEr spielt in Kolumbien."),
                DetectorExample.wrong("Das Gerät im Test.\n\nDieser Artikel enthält Affiliate-Links.\n\nEs kostet 90 Euro.",
                        "Dieser Artikel enthält Affiliate-Links.", "Das Gerät im Test.\n\nEs kostet 90 Euro."),
                DetectorExample.right("Die Wähler wählen im Mai.\n\nDie Partei will mit neuen Köpfen starten."),
                DetectorExample.wrong("Die Lage ist ruhig.\n\nอ่านเพิ่มเติม Mehr Reisetipps: Die schönsten Strände\n\nDer "
                        + "Markt öffnet.", "Mehr Reisetipps: Die schönsten Strände",
                        "Die Lage ist ruhig.\n\nอ่านเพิ่มเติม \n\nDer Markt öffnet."),
                DetectorExample.wrong("Die Feuerwehr war im Einsatz.\n\nPush-Benachrichtigungen aktivieren und keine "
                        + "Eilmeldung verpassen\n\nDer Brand ist gelöscht.", "Push-Benachrichtigungen aktivieren und "
                        + "keine Eilmeldung verpassen", "Die Feuerwehr war im Einsatz.\n\nDer Brand ist gelöscht."),
                DetectorExample.wrong("Der Strand ist leer.\n\nAnzeige: Jetzt Hotels vergleichen und sparen\n\nDie "
                        + "Saison beginnt im Mai.", "Anzeige: Jetzt Hotels vergleichen und sparen",
                        "Der Strand ist leer.\n\nDie Saison beginnt im Mai."),
                DetectorExample.wrong("Die Studie ist neu.\n\nArtikel vorlesen lassen ▶ 4:12 Min.\n\nSie zeigt viel.",
                        "Artikel vorlesen lassen ▶ 4:12 Min.", "Die Studie ist neu.\n\nSie zeigt viel."),
                DetectorExample.right("Die Polizei ermittelt.\n\nAnzeige: Mann zeigt Nachbarn an\n\nDer Fall ist offen."),
                DetectorExample.wrong("Der Bau beginnt im Mai.\n\nZustimmen | Ablehnen\n\nDie Kosten steigen.",
                        "Zustimmen | Ablehnen", "Der Bau beginnt im Mai.\n\nDie Kosten steigen."),
                DetectorExample.wrong("Der Bau beginnt im Mai.\n\nDeine E-Mail-Adresse wird nicht veröffentlicht.",
                        "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Der Bau beginnt im Mai."),
                DetectorExample.wrong("Sturm an der Adria\n\nGalerie starten ▶\n\nOrkanböen fegten über die Küste.",
                        "Galerie starten ▶", "Sturm an der Adria\n\nOrkanböen fegten über die Küste."),
                DetectorExample.wrong("Die Züge fahren wieder.\n\nLesezeit: 3 Min.\n\nEin Beitrag geteilt von Jan Berg "
                        + "(@janberg)\n\nIMG_2034.jpg Bild vergrößern\n", "Lesezeit: 3 Min.",
                        "Die Züge fahren wieder.\n"),
                DetectorExample.wrong("Die Züge fahren wieder.\n\nFoto: Gemeente Veenhoven / Sanne de Wit "
                        + "DSC_0457.JPG\n", "Foto: Gemeente Veenhoven", "Die Züge fahren wieder.\n"),
                DetectorExample.wrong("Die Opposition will klagen.\n\nLeia também: Inflation in Brasilien sinkt\n\nDer "
                        + "Verband protestierte.", "Inflation in Brasilien sinkt",
                        "Die Opposition will klagen.\n\nLeia também:\n\nDer Verband protestierte."),
                DetectorExample.wrong("Rapid gewann.\n\nAlle Tore im Video – jetzt in unserer App!\n\nHat Ihnen dieser "
                        + "Bericht gefallen? Bewerten Sie ihn: ★★★★☆", "Alle Tore im Video – jetzt in unserer App!",
                        "Rapid gewann.\n\n"),
                DetectorExample.wrong("Der Kanal leuchtet.\n\nVorheriges Bild | Nächstes Bild", "Vorheriges Bild | Nächstes Bild",
                        "Der Kanal leuchtet.\n\n"),
                DetectorExample.wrong("Die Oper feierte Premiere.\n\nBildergalerie öffnen (24 Fotos)\n\nNeue Einträge laden",
                        "Bildergalerie öffnen (24 Fotos)", "Die Oper feierte Premiere.\n\n"),
                DetectorExample.right("„Hat Ihnen die Rolle gefallen?“, fragten wir. Jetzt spielt sie in unserer Stadt."),
                DetectorExample.wrong("Die Forscher planen eine Expedition. Mehr aus dem Ressort Wissen\n\nSymbolbild: "
                        + "dpa – Bildrechte anfragen\n\nTicker aktualisieren ↻", "Mehr aus dem Ressort Wissen",
                        "Die Forscher planen eine Expedition.\n\n"),
                DetectorExample.wrong("Der Trainer war zufrieden.\n\nWie hat Ihnen dieser Artikel gefallen?",
                        "Wie hat Ihnen dieser Artikel gefallen?", "Der Trainer war zufrieden.\n\n"),
                DetectorExample.right("Das ★★★★-Hotel am See wird ab Mai umgebaut, sagte der Bürgermeister am Montag "
                        + "vor Journalisten.\n\n„Jetzt braucht unser Land mehr Mut“\n\nVirgil van Dijk: Wir gewinnen"),
                DetectorExample.right("Viktor Orbán: Wir bleiben hart\n\nTipp: Fähren fahren stündlich\n\nRapid gewann."),
                DetectorExample.wrong("Die Oper bleibt geschlossen. Lesen Sie auch: Die schönsten Opernhäuser Europas\n"
                        + "Weitere Meldungen aus dem Ressort Kultur »", "Lesen Sie auch",
                        "Die Oper bleibt geschlossen."),
                DetectorExample.right("Er rief: »Wir bleiben!« Die Menge antwortete »Wir auch«\n»Kommt alle mit,« rief sie."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule für 400 Kinder.\n\nTeilen Sie diesen "
                        + "Artikel auf Facebook\n",
                        "Teilen Sie diesen Artikel auf Facebook",
                        "Die Stadt baut eine neue Schule für 400 Kinder.\n"),
                DetectorExample.wrong("Die Stadt baut eine neue Schule.\nAuf Facebook teilen · Per E-Mail senden · "
                        + "Link kopieren\nDer Bau beginnt im Mai.",
                        "Auf Facebook teilen · Per E-Mail senden · Link kopieren",
                        "Die Stadt baut eine neue Schule.\nDer Bau beginnt im Mai."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule.\nWir verwenden Cookies, um Ihnen den "
                        + "Besuch unserer Seite zu erleichtern.\nDer Bau beginnt im Mai.",
                        "Wir verwenden Cookies, um Ihnen den Besuch unserer Seite zu erleichtern.",
                        "Die Stadt baut eine neue Schule.\nDer Bau beginnt im Mai."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule.\nEmpfehlungen der Redaktion\nDer Bau "
                        + "beginnt im Mai.",
                        "Empfehlungen der Redaktion",
                        "Die Stadt baut eine neue Schule.\nDer Bau beginnt im Mai."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule.\nAnzeige – Artikel wird unten fortgesetzt\n"
                        + "Der Bau beginnt im Mai.",
                        "Anzeige – Artikel wird unten fortgesetzt",
                        "Die Stadt baut eine neue Schule.\nDer Bau beginnt im Mai."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule.\nNewsletter: Jeden Morgen das Wichtigste "
                        + "aus der Region – jetzt kostenlos anmelden!\nDer Bau beginnt im Mai.",
                        "Newsletter: Jeden Morgen das Wichtigste aus der Region – jetzt kostenlos anmelden!",
                        "Die Stadt baut eine neue Schule.\nDer Bau beginnt im Mai."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule.\n– Werbung –\nDer Bau beginnt im Mai.\n"
                        + "Weiter lesen unter der Anzeige\nDie Kosten steigen.\nZurück zum Seitenanfang ▲",
                        "– Werbung –", "Die Stadt baut eine neue Schule.\nDer Bau beginnt im Mai.\nDie Kosten "
                        + "steigen."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule. Newsletter abonnieren und keine Nachricht aus "
                        + "der Region mehr verpassen!", "Newsletter abonnieren und keine Nachricht aus der Region mehr "
                        + "verpassen!", "Die Stadt baut eine neue Schule."),
                DetectorExample.wrong("Die Stadt baut eine neue Schule. Scannen Sie den QR-Code, um unserem Kanal zu "
                        + "folgen", "Scannen Sie den QR-Code, um unserem Kanal zu folgen",
                        "Die Stadt baut eine neue Schule."),
                DetectorExample.wrong("Der Sturm riss Leitungen ab. Jetzt kostenlose Wetter-App herunterladen Die "
                        + "meisten Haushalte haben wieder Strom.",
                        "Jetzt kostenlose Wetter-App herunterladen", "Der Sturm riss Leitungen ab. Die meisten "
                        + "Haushalte haben wieder Strom."),
                DetectorExample.wrong("Die meisten Haushalte haben wieder Strom. Alle Bilder in der Galerie →",
                        "Alle Bilder in der Galerie →", "Die meisten Haushalte haben wieder Strom."),
                DetectorExample.wrong("Die Fälle steigen.\n\nReporter: Dewi Anggraini | Editor: Rudi Hartono\n\nDie Stadt "
                        + "sprüht.", "Reporter: Dewi Anggraini | Editor: Rudi Hartono",
                        "Die Fälle steigen.\n\nDie Stadt sprüht."),
                DetectorExample.wrong("Die Prämie kommt.\nWeiter » Laut Bericht fliehen viele\n", "Weiter » Laut",
                        "Die Prämie kommt.\n"),
                DetectorExample.wrong("Er erklärte es.\nLesezeit: etwa 3 Min.\n54 Postings\nDie Lehrer lernen.",
                        "Lesezeit: etwa 3 Min.", "Er erklärte es.\nDie Lehrer lernen."),
                DetectorExample.right("Weiter »gehts« sagte sie nicht. Vor 12 Kommentaren fürchtet sich niemand.\n"
                        + "Zurück blieb nur Staub."),
                DetectorExample.wrong("Das Wrack ist erhalten.\n\nTeilen ✉ Drucken\n\nEs liegt tief.", "Teilen ✉ Drucken",
                        "Das Wrack ist erhalten.\n\nEs liegt tief."),
                DetectorExample.wrong("Es regnet weiter.\n\nLive-Updates aktivieren 🔔\n\nDie Stadt leidet.",
                        "Live-Updates aktivieren 🔔", "Es regnet weiter.\n\nDie Stadt leidet."),
                DetectorExample.right("«Vor allem die Kinder leiden», sagte die Ärztin.\nTrainer: Julian Nagelsmann | "
                        + "Kapitän: Joshua Kimmich\nDie Temperaturen bleiben unter 10 °C\n"
                        + "Tore: Müller (12.), Kane (80.)\nZuschauer: 75.000 | Schiedsrichter: Felix Brych "
                        + "pfiff pünktlich an."),
                DetectorExample.wrong("Der Acker bei Orosháza. bild_0412.JPG Foto: MTI/Eva Kovács\nDer Regen fehlt.",
                        "Foto: MTI/Eva Kovács", "Der Acker bei Orosháza.\nDer Regen fehlt."),
                DetectorExample.right("Jetzt teilen sich zwei Firmen den Markt. Das Buch „Zurück in die Zukunft“ → "
                        + "erscheint im Mai."),
                DetectorExample.right("Die Tabelle nach dem Spieltag.\nWeiter: Bayern – Dortmund 2:1, Köln – Mainz "
                        + "0:0\nZurück zum Thema Schule: Der Bau beginnt im Mai."),
                DetectorExample.right("Die Gewerkschaft rief zum Streik auf. Teilen wollte der Vorstand die "
                        + "Kosten nicht, sagte eine Sprecherin."),
                DetectorExample.right("„Haben Sie den Newsletter gelesen?“, fragte sie. Die Firma will Cookies im "
                        + "Browser abschaffen.\nDer Artikel 13 und das Internet\nDas Gesetz gilt ab Mai."),
                DetectorExample.right("Die Stadt baut eine neue Schule.\n\nQuelle: https://www.example.org/schulbau"),
                DetectorExample.wrong("Das Gespräch ist zu Ende.\n\nAlle Teile unserer Reihe „Wasser“ finden Sie hier",
                        "Alle Teile unserer Reihe „Wasser“ finden Sie hier", "Das Gespräch ist zu Ende.\n\n"),
                DetectorExample.right("Was Sie hier sehen, ist neu. Die Pläne finden Sie hier in der Mitte."),
                DetectorExample.wrong("Die Saison beginnt.\n\nAnzeige: Alle Rennen der Formel 1 live, in voller Länge "
                        + "und ohne Werbepause – jetzt Streaming-Paket für nur 4,99 Euro im Monat buchen!\n\nDas "
                        + "Rennen startet.", "Anzeige: Alle Rennen der Formel 1 live, in voller Länge und ohne Werbepause "
                        + "– jetzt Streaming-Paket für nur 4,99 Euro im Monat buchen!",
                        "Die Saison beginnt.\n\n\n\nDas Rennen startet."));
    }
}
