package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
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
 * What the translator, human or machine, said to the person who ordered the translation, left in the article: a
 * lead-in ("… hier ist die Übersetzung:"), a translator's note, a closing offer of more help, and the code fences and
 * labels a chat model wraps its answer in. An article's narrative does not speak of its own translation, nor does it
 * speak in the first person to a reader it addresses as "Sie"; quotations may do both and are left alone.
 *
 * <p>This gets a category of its own rather than being boilerplate: it tells QA staff that the translation step, not the
 * website, went wrong, and the whole note is to be deleted.
 */
@Component
public class TranslatorNoteDetector implements ArtefactDetector {

    /** A line that is a chat model's code fence, with or without a language name. */
    private static final Pattern CODE_FENCE = Pattern.compile("\\s*(?:```|~~~)[\\w-]*\\s*");
    /**
     * The vocabulary of translating and of the target language: a closed field of a few stems, which is why a pattern
     * is the right tool here.
     */
    private static final Pattern TRANSLATING = Pattern.compile(
            "(?iu)\\b(?:übersetz\\w*|rückübersetz\\w*|ausgangstext\\w*|quelltext\\w*|wiedergegeben|wiederzugeben|"
                    + "sinngemäß|ins deutsche|translat\\w*|untranslated|rendered as)\\b");
    /**
     * The person who translates: news tells of translators ("Die Übersetzerin … erhält den Preis für literarische
     * Übersetzung"), so the word says nothing of the text at hand.
     */
    private static final Pattern TRANSLATOR = Pattern.compile("(?iu)übersetzer(?:in(?:nen)?|n|s)?|translators?");
    /**
     * The source text or its language, which a note may name where the narrative would not: "im Original", "im
     * Englischen", "kept in English".
     */
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?iu)\\b(?:im original|original\\w*|(?:im|auf|aus dem) englisch\\w*|in english)\\b");
    private static final Pattern IN_THE_ORIGINAL = Pattern.compile(
            "(?iu)\\b(?:im original|(?:im|auf) englisch\\w*|in english)\\b");
    /** What a note says of the text it could not render: left out, unclear, incomplete. */
    private static final Pattern OMISSION = Pattern.compile(
            "(?iu)\\b(?:ausgelassen|weggelassen|unleserlich|unklar|unvollständig|omitted|unclear|illegible|incomplete)\\b");
    /**
     * The text speaking of itself as a sentence's subject ("Der folgende Text wurde ins Deutsche übersetzt", "Dieser
     * Artikel wurde aus dem Englischen …"), with the language or the machine: beside a word of translating it is a note
     * on the translation, which no narrative gives ("Dieser Bericht wurde in sechs Sprachen übersetzt" is news).
     */
    private static final Pattern THIS_TEXT = Pattern.compile("(?iu)\\b(?:(?:der|die|das) (?:nach)?folgenden?|vorliegende\\w*"
            + "|diese[rsn]?) (?:text|artikel|beitrag|bericht|meldung|absatz|abschnitt)e?s?\\b"
            + ".*\\b(?:ins deutsche|aus dem \\p{L}+en|maschinell|automatisch|mit ki)\\b");

    /** Doubt about a rendering: "unsicher", "fraglich", "uncertain". */
    private static final Pattern UNCERTAIN = Pattern.compile(
            "(?iu)\\b(?:unsicher|fraglich|ungewiss|zweifelhaft|uncertain|unsure|unverified)\\b");
    /**
     * A remark in brackets: short and about the source ("[unklar im Original]"), or labelled and about the source, the
     * translation or a gloss ("(Hinweis: „Mannschaft“ steht hier für „team“)").
     */
    private static final Pattern BRACKETED_REMARK = Pattern.compile("[(\\[]([^()\\[\\]]{3,120})[)\\]]");
    private static final int MAX_REMARK_WORDS = 6;
    /** A labelled note explaining a word: "… steht hier für …", "Der Begriff … bezeichnet …". */
    private static final Pattern GLOSS = Pattern.compile(
            "(?iu)\\bsteht (?:hier )?für\\b|\\bmeans\\b|\\b(?:bezeichnet|bedeutet|entspricht|wörtlich|Begriff|Ausdruck)\\b");
    /**
     * The text says that a machine translated it: "maschinell übersetzt", "per KI übersetzt", "machine translated". A
     * heading speaks of machine translation with nouns ("Die KI als Übersetzerin").
     */
    private static final Pattern MACHINE_TRANSLATED = Pattern.compile(
            "(?iu)\\b(?:maschinell|automatisch|(?:per|mit|von) KI|machine|automatically)[\\s-]+(?:übersetzt|translated)\\b");
    /**
     * A request to whoever edits the text before it goes out: "bitte vor Veröffentlichung prüfen", "bitte
     * gegenlesen". Without the formal "Sie", a news text asks its readers no such thing.
     */
    private static final Pattern EDITOR_REQUEST = Pattern.compile(
            "(?iu)\\bbitte\\b[^.!?]{0,60}\\b(?:prüfen|überprüfen|nachprüfen|gegenlesen|gegenprüfen|verifizieren"
                    + "|kontrollieren|korrigieren|ergänzen|checken|freigeben)\\b");
    /** Where a lead-in says what follows: "auf Deutsch:", "die deutsche Fassung:". */
    private static final Pattern TARGET_LANGUAGE = Pattern.compile("(?iu)\\b(?:auf deutsch|deutsche[rn]? fassung)\\b");
    /** What a translator offers to do next with the text: the vocabulary of editing, again a closed field. */
    private static final Pattern EDITING = Pattern.compile(
            "(?iu)\\b(?:text|artikel|fassung|version|stil|kürzen|anpass\\w*|anpassung\\w*|überarbeit\\w*|"
                    + "umformulier\\w*|formulierung\\w*|überschrift\\w*|zusammenfass\\w*|vorschlag\\w*|vorschlagen|"
                    + "änderung\\w*|ergänz\\w*|adapted|changes|clarity)\\b");
    /** Hoping that it helps: the chat model's sign-off. */
    private static final Pattern HOPE_IT_HELPS = Pattern.compile(
            "(?iu)\\bich hoffe\\b.*\\b(?:hilft|hilfreich|nützlich|weiterhilft|weiterhelfen)\\b"
                    + "|\\bhope (?:this|that|it) (?:helps|is helpful)\\b|\\b(?:let me know|tell me) if\\b"
                    + "|\\bfeel free to ask\\b"
                    + "|\\bwant (?:any )?(?:further|more|other) (?:edits|changes)\\b");
    /**
     * A note's label: "Anmerkung des Übersetzers", "Anm. d. Ü.", "N. d. Ü." (after the French "N.d.T."), "Hinweis
     * der Übersetzung", "Hinweis zur Übersetzung", "Hinweis der KI".
     */
    private static final Pattern NOTE_LABEL = Pattern.compile(
            "(?iu)\\b(?:anm(?:erkung|\\.)?|hinweis|note|notiz|n\\.)\\s*(?:(?:d(?:es|er|\\.)|zu[mr])\\s*)?(?:ü(?:bersetz\\w*"
                    + "|bers\\.|\\.)|redaktion\\s+zur\\s+übersetzung|ki\\b|künstlichen\\s+intelligenz)");
    /**
     * A note in brackets inside the text that opens with a label about the translation: "(Übersetzung unsicher: …)",
     * "[Anm. d. Ü.: …]", "(Translator's note: …)".
     */
    private static final Pattern BRACKETED_NOTE = Pattern.compile(
            "(?iu)[(\\[]\\s*(?:[^()\\[\\]:]{0,40}(?:übersetz|translat|\\bü\\.)[^()\\[\\]:]{0,40}):[^()\\[\\]]{1,400}[)\\]]");
    /** Units or values the translator did not convert, as a note says: "nicht umgerechnet". */
    private static final Pattern CONVERSION = Pattern.compile(
            "(?iu)\\b(?:umgerechnet|umrechn\\w*|konvertier\\w*|einheiten|übertragen|metrisch\\w*)\\b");
    /**
     * An offer to do more, put as a question in the first person ("Soll ich alle Einheiten umrechnen?", "Möchten Sie,
     * dass ich …?"), or as a request or condition put to the reader ("Lass mich wissen, wenn ich den Ton anpassen
     * soll!", "Wenn du möchtest, kann ich …", "Sag Bescheid, wenn du eine kürzere Fassung brauchst"). It counts when it speaks of the text, its translation or its units: the
     * narrative of an article asks its reader no such thing, but a quotation without its marks may ask anything ("Soll
     * ich weinen?").
     */
    private static final Pattern OFFER = Pattern.compile(
            "^(?:Soll|Sollte|Darf|Kann|Könnte)\\s+ich\\b.*\\?$|^(?:Möchten|Wollen|Wünschen)\\s+Sie\\b.*\\bich\\b.*\\?$"
                    + "|^(?:(?:Lass|Lasst|Sag|Gib|Melde)\\b|(?:Wenn|Falls)\\s+du\\b).*\\bich\\b"
                    + "|^(?:Lass|Lasst|Sag|Gib|Melde\\s+dich)\\b.*\\b(?:wenn|falls)\\s+du\\b");
    /**
     * A label opening a note, maybe in brackets: "Hinweis:", "(Anm.:", "Übersetzerhinweis:", "[Note:", and the
     * translator's initial "(Ü:".
     */
    private static final Pattern PLAIN_LABEL = Pattern.compile(
            "(?iu)^[(\\[]?(?:\\p{L}{0,20}(?:hinweis|anmerkung|anm\\.|note|notiz)|Ü|Übers\\.|Üb\\.)\\s*:");
    /**
     * What a translator did with names, spellings and units, in the perfect of the first person: "Ich habe die Namen
     * … belassen", "habe ich vereinheitlicht", "Ich habe die Beträge nicht umgerechnet".
     */
    private static final Pattern KEPT_OR_ADAPTED = Pattern.compile(
            "(?iu)\\b(?:ich habe|habe ich)\\b.*\\b(?:belassen|beibehalten|übernommen|angepasst|vereinheitlicht"
                    + "|transkribiert|transliteriert|umgeschrieben|ergänzt|gekürzt|umgerechnet|konvertiert)\\b");

    /** The speaker's own first person singular. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ii]ch|mich|mir|[Mm]ein(?:e[nmrs]?)?)\\b");
    /**
     * The formal address of whoever ordered the translation, or an offer ("Soll ich …", "kann ich … kürzen"); an
     * informal "du" is no evidence, as song and book titles ask it ("Mutter, hast du mir vergeben?").
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![.!?:„\"»«]\\s)\\b(?:Sie|Ihnen|Ihre?[nmrs]?)\\b|\\b[Ss]oll ich\\b"
                    + "|\\b(?:[Kk]ann|[Kk]önnte|[Ww]ürde) ich\\b");
    /**
     * A line that credits the translation, as tools append it: "Übersetzt mit DeepL.com (kostenlose Version)",
     * "Maschinell übersetzt von …", "Automatische Übersetzung: …". A book's translator credited inside a sentence
     * ("(Übersetzung: Anna Berg)") is part of the article and stays.
     */
    private static final Pattern TRANSLATION_CREDIT = Pattern.compile(
            "(?iu)(?:\\p{L}+\\s+)?(?:übersetzt|übersetzung)\\s*(?:mit|von|durch|aus|:|\\()\\s*\\S.*");
    /** A credit line is a tool's or a name and a remark: longer lines are sentences of the article. */
    private static final int MAX_CREDIT_WORDS = 8;
    /** A markdown label alone on a line: "**Übersetzung:**", "### Deutsche Fassung". */
    private static final Pattern MARKDOWN_LABEL = Pattern.compile("\\s*(?:\\*\\*|__|#{1,6}\\s+)([^*_#]{1,60}?)(?:\\*\\*|__)?\\s*");

    /** A line set off by dashes, rules or brackets on both sides: "— Ende der Übersetzung —", "[Übersetzung Ende]". */
    private static final Pattern MARKER_LINE = Pattern.compile("\\s*[-–—=*#\\[(<]+\\s*([^-–—=*#\\[\\]()<>]{1,60}?)\\s*[-–—=*#\\])>]+\\s*");
    private static final int MAX_MARKER_WORDS = 8;
    /** "Ende der Übersetzung.", "Übersetzung Ende": a boundary line in words alone. */
    private static final Pattern PLAIN_BOUNDARY = Pattern.compile(
            "(?iu)(?:(?:ende|beginn|anfang|start) (?:der|des) übersetzung\\w*|übersetzung (?:ende|anfang|beginn))\\W*");
    /** Where a lead-in says the translation stands: "unten finden Sie …", "anbei", "im Folgenden". */
    private static final Pattern PLACE_OF_TEXT = Pattern.compile(
            "(?iu)\\b(?:unten|nachstehend|nachfolgend|anbei|im folgenden)\\b");
    private static final Pattern BOUNDARY = Pattern.compile("(?iu)\\b(?:ende|beginn|anfang|start|end|begin)\\b");
    /** A sentence that presents what follows: "Hier ist …", "Nachfolgend …", "Im Folgenden …". */
    private static final Pattern PRESENTING = Pattern.compile("(?:Hier (?:ist|sind|folgt|folgen|kommt)|Nachfolgend|Im Folgenden)\\b");
    private static final int MAX_LEAD_IN_WORDS = 12;

    private static final int MIN_NOTE_WORDS = 4;
    private static final Pattern ENGLISH_LABEL = Pattern.compile("[(\\[]?(?:Note|NOTE|Translator's note)\\s*:");
    private static final int MIN_ENGLISH_NOTE_WORDS = 2;
    /** "Gerne!", "Aber gern!", "Na klar, gern!": longer openings are sentences of their own. */
    private static final int MAX_INTERJECTION_WORDS = 3;

    @Override
    public Category category() {
        return Category.TRANSLATOR_NOTE;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        List<Span> quoted = analysed.quotePairs().stream().filter(q -> q.open() != null && q.close() != null)
                .map(q -> new Span("", q.open().index(), q.close().index() + 1)).toList();
        List<Finding> findings = new ArrayList<>();
        for (Span raw : analysed.lines()) {
            Span line = Spans.trim(raw);
            if (line.isBlank()) {
                continue;
            }
            if (CODE_FENCE.matcher(line.value()).matches() || isTranslationLabel(line.value())
                    || isTranslationCredit(line.value())) {
                findings.add(note(line));
                continue;
            }
            List<Span> bracketed = bracketedNotes(line);
            bracketed.forEach(note -> findings.add(note(note)));
            for (Span sentence : Sentences.split(line)) {
                if (insideQuote(sentence, quoted) || bracketed.stream().anyMatch(
                        note -> note.start() < sentence.end() && sentence.start() < note.end())) {
                    continue;
                }
                if (isLeadIn(sentence.value())) {
                    // an interjection opening the line before a lead-in ("Gerne!") is part of it
                    String before = analysed.text().substring(line.start(), sentence.start());
                    boolean interjection = Spans.words(before).size() <= MAX_INTERJECTION_WORDS;
                    findings.add(note(interjection
                            ? new Span(before + sentence.value(), line.start(), sentence.end()) : sentence));
                } else if (isNote(sentence.value())) {
                    findings.add(note(sentence));
                }
            }
        }
        return findings;
    }

    /**
     * Bracketed notes of a few words at least ("(Übersetzung: Eva Berg)" credits a book's translator), and short
     * bracketed remarks on the original.
     */
    private static List<Span> bracketedNotes(Span line) {
        List<MatchResult> notes = new ArrayList<>(BRACKETED_NOTE.matcher(line.value()).results()
                .filter(m -> Spans.words(m.group().substring(m.group().indexOf(':'))).size() >= MIN_NOTE_WORDS)
                .toList());
        BRACKETED_REMARK.matcher(line.value()).results()
                .filter(m -> isBracketedRemark(m.group(1))
                        && notes.stream().noneMatch(n -> n.start() < m.end() && m.start() < n.end()))
                .forEach(notes::add);
        return notes.stream().map(m -> new Span(m.group(), line.start() + m.start(), line.start() + m.end())).toList();
    }

    private static boolean isBracketedRemark(String inside) {
        // labelled as the translator's or the model's: "(Anm. KI: …)", whatever it says after the label
        if (NOTE_LABEL.matcher(inside).lookingAt()) {
            return true;
        }
        if (PLAIN_LABEL.matcher(inside).find()) {
            return ORIGINAL.matcher(inside).find() || TRANSLATING.matcher(inside).find()
                    || OMISSION.matcher(inside).find() || GLOSS.matcher(inside).find() || isEnglishNote(inside);
        }
        // "(Maschinell übersetzt aus dem Schwedischen …)": the tool's or the pipeline's credit
        if (MACHINE_TRANSLATED.matcher(inside).lookingAt()) {
            return true;
        }
        // "[Übersetzung unsicher]", "(unklar übersetzt)": the translator's doubt about a passage
        if (Spans.words(inside).size() <= MAX_REMARK_WORDS && TRANSLATING.matcher(inside).find()
                && (OMISSION.matcher(inside).find() || UNCERTAIN.matcher(inside).find())) {
            return true;
        }
        // "(Originaltitel: The Hunt)" names a film and "(im Original 2014 erschienen)" dates a book; "[unklar im
        // Original]" speaks of the source text
        return Spans.words(inside).size() <= MAX_REMARK_WORDS && IN_THE_ORIGINAL.matcher(inside).find()
                && inside.chars().noneMatch(Character::isDigit);
    }

    /**
     * A label line about the translation: in markdown ("**Übersetzung:**"), or set off by rules or brackets and marking
     * where it begins or ends ("— Ende der Übersetzung —", "[Übersetzung Ende]") or that a machine made it ("— maschinell
     * übersetzt —").
     */
    private static boolean isTranslationLabel(String line) {
        Matcher label = MARKDOWN_LABEL.matcher(line);
        Matcher marker = MARKER_LINE.matcher(line);
        // a rule-set line marks where the translation begins or ends; "— Die Kunst der Übersetzung —" is a heading
        // without rules a line that only marks a boundary does so in a few words: "Ende der Übersetzung."
        boolean plainBoundary = PLAIN_BOUNDARY.matcher(line).matches();
        String text = label.matches() ? label.group(1)
                : marker.matches() && (BOUNDARY.matcher(marker.group(1)).find()
                        || MACHINE_TRANSLATED.matcher(marker.group(1)).find()) ? marker.group(1)
                : plainBoundary ? line : null;
        return text != null && Spans.words(text).size() <= MAX_MARKER_WORDS
                && (TRANSLATING.matcher(text).find() || TARGET_LANGUAGE.matcher(text).find());
    }

    private static boolean isTranslationCredit(String line) {
        return TRANSLATION_CREDIT.matcher(line).matches() && Spans.words(line).size() <= MAX_CREDIT_WORDS;
    }

    /**
     * A lead-in: it ends in a colon after naming the translation or the language it is in, or it presents the
     * translation ("Hier ist die Übersetzung des Artikels.").
     */
    private static boolean isLeadIn(String sentence) {
        boolean names = TRANSLATING.matcher(sentence).find() || TARGET_LANGUAGE.matcher(sentence).find();
        return names && (sentence.endsWith(":") && !NOTE_LABEL.matcher(sentence).find()
                || (PRESENTING.matcher(sentence).lookingAt()
                        || addressesClient(sentence) && PLACE_OF_TEXT.matcher(sentence).find())
                        && Spans.words(sentence).size() <= MAX_LEAD_IN_WORDS);
    }

    /** The formal address after the sentence's first word: "unten finden Sie", not "Sie übersetzte" (she). */
    private static boolean addressesClient(String sentence) {
        return ADDRESS.matcher(sentence).results().anyMatch(m -> m.start() > 0);
    }

    /**
     * How many distinct single words of translating the sentence has: two make it a note ("Einige Begriffe wurden
     * sinngemäß wiedergegeben"); one is news of a translation ("ins Deutsche übersetzt" tells of a book). The
     * translator as a person does not count.
     */
    private static long translatingWords(String sentence) {
        return TRANSLATING.matcher(sentence).results().map(MatchResult::group).filter(w -> !w.contains(" "))
                .filter(w -> !TRANSLATOR.matcher(w).matches())
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct().count();
    }

    /** The bare label that a machine translated the text: "Automatisch übersetzt.", "Maschinell übersetzt". */
    private static boolean isMachineTranslatedLabel(String sentence) {
        Matcher m = MACHINE_TRANSLATED.matcher(sentence);
        return m.lookingAt() && sentence.substring(m.end()).matches("[.!]?");
    }

    /**
     * A sentence that labels itself a translator's note, credits the translation, has two words of translating (see
     * {@link #translatingWords}), is a labelled note about the translation or the original, or one in the first person
     * that speaks of translating, opens with a note's label, offers to edit the text for the reader, or hopes that it
     * helps.
     */
    private static boolean isNote(String sentence) {
        if (NOTE_LABEL.matcher(sentence).find() || HOPE_IT_HELPS.matcher(sentence).find()
                || isMachineTranslatedLabel(sentence.strip()) || isTranslationCredit(sentence)
                || translatingWords(sentence) >= 2
                || EDITOR_REQUEST.matcher(sentence).find() && !ADDRESS.matcher(sentence).find()) {
            return true;
        }
        boolean translating = TRANSLATING.matcher(sentence).find();
        if (translating && THIS_TEXT.matcher(sentence.strip()).lookingAt()) {
            return true;
        }
        boolean labelled = PLAIN_LABEL.matcher(sentence).find();
        if (OFFER.matcher(sentence).find() && (TRANSLATING.matcher(sentence).find()
                || EDITING.matcher(sentence).find() || CONVERSION.matcher(sentence).find())) {
            return true;
        }
        if (labelled && (translating || ORIGINAL.matcher(sentence).find() || CONVERSION.matcher(sentence).find()
                || OMISSION.matcher(sentence).find() || GLOSS.matcher(sentence).find() || isEnglishNote(sentence))) {
            return true;
        }
        // in brackets the first person is the translator's aside: "(… habe ich im Original belassen.)"; without it
        // an aside on the original and its rendering is one too ("(Der Originaltext enthält ein Wortspiel, das sich
        // nicht übertragen lässt.)")
        boolean aside = sentence.startsWith("(") || sentence.startsWith("[");
        if (aside && ORIGINAL.matcher(sentence).find()
                && (translating || CONVERSION.matcher(sentence).find() || OMISSION.matcher(sentence).find())
                || KEPT_OR_ADAPTED.matcher(sentence).find()) {
            return true;
        }
        return FIRST_PERSON.matcher(sentence).find() && (translating || labelled
                || EDITING.matcher(sentence).find() && ADDRESS.matcher(sentence).find()
                || aside && (ORIGINAL.matcher(sentence).find() || CONVERSION.matcher(sentence).find()));
    }

    /**
     * A note in English after an English label ("Note: Proper names have been adapted for clarity."): the chat model
     * speaking its own language; "Note: sehr gut" is a German grade.
     */
    private static boolean isEnglishNote(String sentence) {
        Matcher label = ENGLISH_LABEL.matcher(sentence);
        return label.lookingAt() && Spans.words(sentence.substring(label.end())).stream()
                .filter(w -> UntranslatedDetector.isEnglishFunctionWord(w.value())).count() >= MIN_ENGLISH_NOTE_WORDS;
    }

    /** Most of the sentence stands inside one quotation. */
    private static boolean insideQuote(Span sentence, List<Span> quoted) {
        int length = sentence.end() - sentence.start();
        return quoted.stream().anyMatch(q -> Math.min(q.end(), sentence.end()) - Math.max(q.start(), sentence.start())
                > length / 2);
    }

    private Finding note(Span span) {
        return finding(span.start(), span.end(), "The translator's note or chatter, not the article: delete it",
                List.of(""));
    }

    @Override
    public String description() {
        return "What the translator, human or machine, said to whoever ordered the translation: lead-ins, notes, "
                + "offers of more help, code fences and labels; quotations are left alone.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.right("Die Übersetzerin Anna Weber erhält den Preis für literarische Übersetzung."),
                DetectorExample.wrong("Sehr gerne, unten finden Sie den Artikel in deutscher Fassung.\n\nDie Stadt "
                        + "baut.", "Sehr gerne, unten finden Sie den Artikel in deutscher Fassung.", "Die Stadt baut."),
                DetectorExample.wrong("Die Stadt baut eine Schule.\n\nEnde der Übersetzung.", "Ende der Übersetzung.",
                        "Die Stadt baut eine Schule."),
                DetectorExample.wrong("Die Stadt baut.\n\n(Maschinell übersetzt aus dem Schwedischen. Originaltext: "
                        + "Dagens Nyheter)", "Maschinell übersetzt aus dem Schwedischen",  "Die Stadt baut."),
                DetectorExample.right("Unten finden Sie die Liste der Preisträger. Die Übersetzung ihres Romans "
                        + "erscheint im Mai.\n\nEnde der Übersetzung ihres Buches war im Mai 2020.\n\nKI-Übersetzung: "
                        + "Dolmetscher am Ende?\n\nAnfang Mai erscheint die Übersetzung.\n\nSie übersetzte in den "
                        + "folgenden Jahren Romane von Tolstoi."),
                DetectorExample.wrong("Ich habe die Forint-Beträge wie gewünscht nicht in Euro umgerechnet.",
                        "Ich habe die Forint-Beträge wie gewünscht nicht in Euro umgerechnet.",
                        "Die Beträge stehen in Forint."),
                DetectorExample.right("Dieser Bericht des Weltklimarats wurde in sechs Sprachen übersetzt."),
                DetectorExample.wrong("Die Lage bleibt angespannt [Übersetzung unsicher] und die Polizei ermittelt.",
                        "[Übersetzung unsicher]", "Die Lage bleibt angespannt und die Polizei ermittelt."),
                DetectorExample.wrong("Der folgende Text wurde ins Deutsche übersetzt.\n\nDie Regierung tagte.",
                        "Der folgende Text wurde ins Deutsche übersetzt.", "Die Regierung tagte."),
                DetectorExample.right("Der Roman wurde in 30 Sprachen übersetzt, dieser Text ist neu."),
                DetectorExample.wrong("Der Mann wurde festgenommen.\nAutomatisch übersetzt.", "Automatisch übersetzt.",
                        "Der Mann wurde festgenommen.\n"),
                DetectorExample.right("Der Roman wurde in 30 Sprachen übersetzt. Die Anlage wurde automatisch "
                        + "gestartet, die Durchsage automatisch übersetzt und angezeigt."),
                DetectorExample.wrong("Die Fähre fährt stündlich.\n\nMöchten Sie, dass ich die Liste um weitere Tipps "
                        + "ergänze?", "Möchten Sie, dass ich die Liste um weitere Tipps ergänze?",
                        "Die Fähre fährt stündlich.\n\n"),
                DetectorExample.wrong("Die Stadt verteilte Merkblätter.\n\nGib Bescheid, falls du eine kürzere Fassung "
                        + "brauchst.", "Gib Bescheid, falls du eine kürzere Fassung brauchst.",
                        "Die Stadt verteilte Merkblätter.\n\n"),
                DetectorExample.wrong("Die Stadt verteilte Merkblätter.\n\nLass mich wissen, wenn ich den Ton noch "
                        + "anpassen soll!", "Lass mich wissen, wenn ich den Ton noch anpassen soll!",
                        "Die Stadt verteilte Merkblätter."),
                DetectorExample.wrong("Die Stadt baut eine Schule.\n\nFalls du möchtest, kann ich den Text auch kürzen.",
                        "kann ich den Text auch kürzen", "Die Stadt baut eine Schule."),
                DetectorExample.wrong("Hier ist die Übersetzung des Artikels. Die Stadt baut eine Schule.",
                        "Hier ist die Übersetzung", "Die Stadt baut eine Schule."),
                DetectorExample.wrong("Die Stadt baut eine Schule.\n\n— Ende der Übersetzung —", "Ende der Übersetzung",
                        "Die Stadt baut eine Schule."),
                DetectorExample.wrong("Es wurde heiß. (Einige Angaben habe ich im Original belassen.)",
                        "habe ich im Original belassen", "Es wurde heiß."),
                DetectorExample.wrong("Das Eis schmilzt früher. (Anm. KI: Einige Fachbegriffe wurden frei übertragen.) Die "
                        + "Robben leiden.", "(Anm. KI: Einige Fachbegriffe wurden frei übertragen.)",
                        "Das Eis schmilzt früher. Die Robben leiden."),
                DetectorExample.right("Die Autorin sagt: „Ich habe den Text im Original gelesen.“ Ihr Buch erscheint "
                        + "im Mai.\n\n— Die Kunst der Übersetzung —\nDer Band versammelt Essays."),
                DetectorExample.wrong("Natürlich, hier ist der übersetzte Text:\nDer Bürgermeister eröffnete das Fest.",
                        "Natürlich, hier ist der übersetzte Text:", "Der Bürgermeister eröffnete das Fest."),
                DetectorExample.wrong("Der Bürgermeister eröffnete das Fest. Falls Sie den Text kürzer möchten, "
                        + "sagen Sie mir Bescheid.", "sagen Sie mir Bescheid", "Der Bürgermeister eröffnete das Fest."),
                DetectorExample.wrong("Das Schiff heißt „Deniz Otobüsü“ (Übersetzung unsicher: vielleicht auch "
                        + "„Seebus“ zu nennen) und fährt ab Mai.",
                        "(Übersetzung unsicher: vielleicht auch „Seebus“ zu nennen)",
                        "Das Schiff heißt „Deniz Otobüsü“ und fährt ab Mai."),
                DetectorExample.wrong("Die Fläche beträgt 40 Acres. Soll ich alle Einheiten ins metrische System "
                        + "übertragen?", "Soll ich alle Einheiten", "Die Fläche beträgt 16 Hektar."),
                DetectorExample.wrong("Der Hafen wächst.\n\n— automatisch übersetzt, bitte gegenlesen —",
                        "— automatisch übersetzt, bitte gegenlesen —", "Der Hafen wächst."),
                DetectorExample.wrong("Der Hafen wächst. Zahlen bitte noch einmal prüfen.", "Zahlen bitte noch "
                        + "einmal prüfen.", "Der Hafen wächst."),
                DetectorExample.wrong("Der Hafen wächst.\n\nHinweis: Das Wort „liman“ bedeutet Hafen.",
                        "Hinweis: Das Wort „liman“ bedeutet Hafen.", "Der Hafen wächst."),
                DetectorExample.wrong("Übersetzung (Türkisch → Deutsch), Register: Presse\n\nDer Hafen wächst.",
                        "Übersetzung (Türkisch → Deutsch), Register: Presse", "Der Hafen wächst."),
                DetectorExample.wrong("Der Hafen wächst. (Ü: Die Zahlen stammen aus dem Originalartikel.)",
                        "(Ü: Die Zahlen stammen aus dem Originalartikel.)", "Der Hafen wächst."),
                DetectorExample.wrong("Der Hafen wächst.\n\nIch habe die Namen in der türkischen Schreibung belassen.",
                        "Ich habe die Namen in der türkischen Schreibung belassen.", "Der Hafen wächst."),
                DetectorExample.wrong("Der Hafen wächst. (Der Originaltext enthält hier ein Wortspiel, das sich nicht "
                        + "übertragen lässt.)", "(Der Originaltext enthält hier ein Wortspiel", "Der Hafen wächst."),
                DetectorExample.right("Bitte prüfen Sie Ihre Unterlagen, rät die Behörde. Der Begriff Kurzarbeit "
                        + "bedeutet weniger Lohn.\n\n— Die KI als Übersetzerin —"),
                DetectorExample.right("Der Roman erschien 2019 (Übersetzung: Anna Berg) bei Hanser. "
                        + "Umgerechnet sind das 105 Millionen Euro, sagte er: „Soll ich das etwa zahlen?“"),
                DetectorExample.right("„Ich habe das Original gelesen, und ich sage Ihnen: Die Übersetzung ist gut“, "
                        + "sagte die Autorin. Die Übersetzung erscheint im Mai."));
    }
}
