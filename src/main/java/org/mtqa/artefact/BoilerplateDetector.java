package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds website furniture scraped along with an article: navigation teasers ("NEXT …", "Mehr zum Thema – …"), calls to
 * subscribe, share, follow or comment, copyright lines and photo credits, and the link lines that trail them at the
 * article's end. The evidence is structural — a nav word opening a short line, a verb-first imperative of a web call
 * verb aimed at "uns", a social network or a web object, a © sign, a credit marker before a short agency name — so
 * that unseen wordings are caught too.
 */
@Component
public class BoilerplateDetector implements ArtefactDetector {

    /** Longer lines are article text even when they open with a nav word. */
    private static final int MAX_NAV_WORDS = 30;
    /** The credit marker and a short name: "Foto: APA/Hans Klaus Techt". */
    private static final int MAX_CREDIT_WORDS = 7;
    private static final int MAX_TEASER_WORDS = 15;
    private static final int MAX_SHORT_CALL_WORDS = 5;
    private static final int MIN_SHARE_BAR_NETWORKS = 2;
    /** A line this long, or a shorter one ending a sentence, is article body; what follows the last one is the tail. */
    private static final int BODY_WORDS = 20;
    private static final int BODY_SENTENCE_WORDS = 8;

    /**
     * A nav word opening the line: all-caps PREV/NEXT before a teaser, a teaser phrase alone or before a separator,
     * or a bare link word alone ("Weiter:" before sports results is article text).
     */
    private static final Pattern NAV = Pattern.compile(
            "^(?:(?:PREV(?:IOUS)?|NEXT)\\b"
                    + "|(?:Mehr (?:zum Thema|dazu)|Lesen Sie (?:auch|mehr|weiter)|Auch interessant"
                    + "|Das könnte Sie auch interessieren|Siehe auch"
                    + "|(?:Vorherige|Nächste|Ähnliche|Verwandte|Weitere)[rs]? (?:Artikel|Beitr(?:ag|äge)|Meldung(?:en)?)"
                    + "|Tags|Schlagw(?:örter|orte)|Previous|Next|Related)\\s*(?:$|[–—\\-:|»>›](?:\\s|$))"
                    + "|(?:Weiterlesen|Weiter lesen|Mehr lesen|Zurück|Weiter|ZURÜCK|WEITER|Anzeige|ANZEIGE|Werbung)"
                    + "\\s*[»>›.…]*\\s*$)");

    /** A syndication note: "Der Beitrag … erschien zuerst auf …", "Dieser Artikel erschien ursprünglich bei …". */
    private static final Pattern SYNDICATION = Pattern.compile(
            "^(?:Der|Dieser) (?:Beitrag|Artikel|Post)\\b.*\\berschien (?:zuerst|ursprünglich) (?:auf|bei|in)\\b");
    private static final int MAX_SYNDICATION_WORDS = 30;

    /** From a © sign, or a line-opening "(c) 2024" / "Copyright 2024", to the end of the line. */
    private static final Pattern COPYRIGHT = Pattern.compile("©.*$|^(?:\\(c\\)|Copyright)\\s*(?:©|\\d{4}).*$");
    private static final Pattern RIGHTS_RESERVED = Pattern.compile("(?i)rechte vorbehalten|rights reserved");
    private static final int MAX_RIGHTS_WORDS = 12;

    /** A credit marker at the line's start or after a sentence, before a short name: "Foto: APA/Hans Punz". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|(?<=[.!?“”\"»)]\\s))(?:Fotos?|Bild(?:er)?|Bildquelle|Quelle|Photos?|Credits?|Grafik|Illustration|Video)"
                    + "\\s*:\\s*\\p{L}[^!?]*[^.!?\\s]$");

    /** Verbs of web calls; their Sie-imperative is the infinitive ("Abonnieren Sie"), the du-form drops the n. */
    private static final Set<String> CALL_VERBS = Set.of(
            "abonnieren", "folgen", "teilen", "liken", "verbinden", "registrieren", "anmelden", "melden", "klicken",
            "tippen", "besuchen", "unterstützen", "aktivieren", "kommentieren", "herunterladen", "downloaden",
            "installieren", "empfehlen", "bewerten", "spenden", "schreiben", "hinterlassen", "verfassen", "lesen",
            "entdecken", "erfahren", "kontaktieren", "verpassen", "bleiben", "weiterlesen", "weiterleiten", "senden",
            "schicken", "einloggen", "bestellen", "sichern", "testen");

    /** Call verbs that only websites use, so that an infinitive line of them needs no target: "Jetzt abonnieren". */
    private static final Set<String> WEB_VERBS = Set.of(
            "abonnieren", "liken", "teilen", "kommentieren", "registrieren", "anmelden", "einloggen",
            "herunterladen", "downloaden", "weiterlesen");

    private static final Set<String> SOCIAL_NETWORKS = Set.of(
            "facebook", "instagram", "twitter", "x", "youtube", "tiktok", "whatsapp", "telegram", "linkedin",
            "pinterest", "threads", "snapchat", "mastodon", "bluesky", "xing", "reddit", "vk", "flipboard", "rss");

    /** What a web call is aimed at: us or a thing on a website, as whole words ... */
    private static final Set<String> CALL_TARGET_WORDS = Set.of(
            "uns", "app", "apps", "abo", "abos", "hier", "mehr", "link", "seite", "mail", "feed", "push", "video");
    /** ... or as word starts: "unseren", "YouTube-Kanäle", "Benachrichtigungen". */
    private static final List<String> CALL_TARGET_STEMS = List.of(
            "unser", "newsletter", "kanal", "kanäle", "kommentar", "artikel", "beitr", "benachrichtigung", "podcast",
            "website", "webseite", "homepage", "e-mail", "profil", "vollständig", "laufenden", "facebook", "instagram",
            "twitter", "youtube", "tiktok", "whatsapp", "telegram", "linkedin");

    /** What follows a verb-first du-form call ("Folge uns", "Hinterlasse einen Kommentar"), unlike "Teile der Stadt". */
    private static final Set<String> AFTER_DU_IMPERATIVE = Set.of(
            "uns", "dich", "ein", "einen", "eine", "unser", "unseren", "unsere", "unserem", "diesen", "dieses",
            "den", "dem", "jetzt", "hier", "gerne", "bitte");


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
        List<List<Finding>> perLine = new ArrayList<>();
        for (Span line : lines) {
            perLine.add(lineFindings(line));
        }
        flagTailTeasers(lines, perLine);
        return perLine.stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(Finding::start))
                .toList();
    }

    private List<Finding> lineFindings(Span line) {
        String v = line.value();
        int words = words(v).size();
        if (words <= MAX_NAV_WORDS && NAV.matcher(v).find()) {
            return List.of(delete(line.start(), line.end(), "Navigation link scraped with the article"));
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
        Matcher credit = CREDIT.matcher(v);
        if (credit.find() && words(v.substring(credit.start())).size() <= MAX_CREDIT_WORDS) {
            return List.of(delete(line.start() + credit.start(), line.end(), "Photo credit scraped with the article"));
        }
        if (isShortCallLine(v, words)) {
            return List.of(delete(line.start(), line.end(), "Call to action scraped with the article"));
        }
        return callSentences(line);
    }

    /** Calls to subscribe, follow, share, comment; consecutive ones in a line become one finding. */
    private List<Finding> callSentences(Span line) {
        List<Span> sentences = Sentences.split(line);
        List<CallStrength> strength = sentences.stream().map(s -> callStrength(s.value())).toList();
        // An exclamation without a web target is a call only beside a clear one: "Bleiben Sie dran!"
        boolean lineHasStrongCall = strength.contains(CallStrength.STRONG);
        List<Finding> findings = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < sentences.size(); i++) {
            boolean call = strength.get(i) == CallStrength.STRONG
                    || (lineHasStrongCall && strength.get(i) == CallStrength.WEAK);
            if (call) {
                if (runStart < 0) {
                    runStart = sentences.get(i).start();
                }
                runEnd = sentences.get(i).end();
            } else if (runStart >= 0) {
                findings.add(delete(runStart, runEnd, "Call to subscribe, follow or share scraped with the article"));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            findings.add(delete(runStart, runEnd, "Call to subscribe, follow or share scraped with the article"));
        }
        return findings;
    }

    private enum CallStrength { NONE, WEAK, STRONG }

    private static CallStrength callStrength(String sentence) {
        if (sentence.endsWith("?") || sentence.startsWith("„") || sentence.startsWith("\"")
                || sentence.startsWith("»")) {
            return CallStrength.NONE;
        }
        List<String> original = words(sentence);
        List<String> w = lowercase(original);
        boolean imperative = isDuImperative(w);
        for (int i = 0; i + 1 < w.size() && !imperative; i++) {
            // Polite "Sie" is capitalised; "folgen sie" mid-sentence is "they follow".
            imperative = CALL_VERBS.contains(w.get(i)) && original.get(i + 1).equals("Sie");
        }
        if (!imperative) {
            return CallStrength.NONE;
        }
        if (w.stream().anyMatch(BoilerplateDetector::isCallTarget)) {
            return CallStrength.STRONG;
        }
        return sentence.endsWith("!") ? CallStrength.WEAK : CallStrength.NONE;
    }

    /** "Folge uns", "Teile diesen Artikel": a call verb's du-form first, before an object or "uns". */
    private static boolean isDuImperative(List<String> w) {
        return w.size() >= 2 && CALL_VERBS.contains(w.get(0) + "n") && AFTER_DU_IMPERATIVE.contains(w.get(1));
    }

    private static boolean isCallTarget(String word) {
        return SOCIAL_NETWORKS.contains(word) || CALL_TARGET_WORDS.contains(word)
                || CALL_TARGET_STEMS.stream().anyMatch(word::startsWith);
    }

    /**
     * A short line with no sentence end that is a web call in infinitive style ("Kommentar verfassen", "Jetzt
     * abonnieren"), a comment counter ("3 Kommentare") or a share bar naming several networks.
     */
    private static boolean isShortCallLine(String v, int wordCount) {
        if (wordCount > MAX_SHORT_CALL_WORDS || v.endsWith(".") || v.endsWith("?")) {
            return false;
        }
        List<String> w = lowercase(words(v));
        if (w.isEmpty()) {
            return false;
        }
        String last = w.get(w.size() - 1);
        boolean infinitiveCall = CALL_VERBS.contains(last) && !v.contains("Sie")
                && (WEB_VERBS.contains(last) || w.stream().anyMatch(BoilerplateDetector::isCallTarget));
        boolean commentCounter = w.size() <= 3 && w.stream().anyMatch(x -> x.startsWith("kommentar"));
        long networks = w.stream().filter(SOCIAL_NETWORKS::contains).count();
        return infinitiveCall || commentCounter || networks >= MIN_SHARE_BAR_NETWORKS;
    }

    /**
     * After the last body paragraph, once boilerplate has begun, headline-like lines are link teasers or the source's
     * name: "Den ganzen Artikel lesen Sie bei" / "Die Tageszeitung".
     */
    private void flagTailTeasers(List<Span> lines, List<List<Finding>> perLine) {
        int tailStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (perLine.get(i).isEmpty() && isBody(lines.get(i).value())) {
                tailStart = i + 1;
            }
        }
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
                DetectorExample.wrong("Die Stadt baut eine neue Schule für 400 Kinder.\n\nTeilen Sie diesen "
                        + "Artikel auf Facebook\n",
                        "Teilen Sie diesen Artikel auf Facebook",
                        "Die Stadt baut eine neue Schule für 400 Kinder.\n"),
                DetectorExample.right("Die Gewerkschaft rief zum Streik auf. Teilen wollte der Vorstand die "
                        + "Kosten nicht, sagte eine Sprecherin."));
    }
}
