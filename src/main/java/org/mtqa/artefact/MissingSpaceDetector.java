package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.QuoteMarks.Mark;
import org.mtqa.text.QuoteMarks.Quote;
import org.mtqa.text.QuoteMarks;
import org.springframework.stereotype.Component;

/**
 * A missing space after sentence punctuation, around a quotation or a parenthesis, or after an ordinal number:
 * "Jahres.Die", "gesagt,dass", "Getreide»sagte", "Won(rund", "(KI)entwickelt", "58.Minute".
 * Abbreviations (z.B., Ph.D.), numbers (1,5; 14.30), URLs, e-mail addresses and file names are left alone: they glue
 * single letters, digits or lower-case endings, or sit in a token that is an address.
 */
@Component
public class MissingSpaceDetector implements ArtefactDetector {

    /**
     * Punctuation between two words, or after a closing bracket, quote or percent sign ("Prozent).Händler"). A
     * sentence end needs a capitalised word after it (domains and file names go on in lower case) and ! or ? a
     * lower-case word before it (brands like FRITZ!Box); a comma or semicolon joins any two words; a colon too,
     * except the gender colon (Lehrer:innen).
     */
    private static final Pattern GLUED_PUNCTUATION = Pattern.compile("(?<=\\p{L}\\p{L}|[\\p{L}%][)“”\"»«’])"
            + "(?:\\.(?=\\p{Lu}\\p{Ll})|(?<=\\p{Ll})\\.(?=\\p{Lu}{3,}(?![\\p{L}.]))"
            + "|(?<=\\p{Ll})[!?](?=\\p{Lu}\\p{Ll})|[,;](?=\\p{L}\\p{L})|:(?=\\p{L}\\p{L})(?!(?i:in|innen)\\b))");
    /**
     * A parenthesis of words (a space in it), of one capitalised word, of an acronym ("(KI)") or of a number (a year,
     * an age, a match minute: "(28.)") glued to the next word: "(laut Polizei)erklärte", "(Zentrumspartei)erklärte",
     * "(1478)und", "(28.)zum". A lowercase
     * ending in brackets is a word's own ("Lehrer(innen)"), and so is a first part with its hyphen ("(Kurz-)Filme").
     */
    private static final String PARENTHESIS_OF_WORDS =
            "\\((?:[^()\\n]*\\s[^()\\n]*|\\p{Lu}[^()\\s]{3,}|\\p{Lu}[\\p{Lu}\\p{N}]+|\\p{N}{2,4}|\\p{N}{1,3}\\.)(?<!-)\\)";
    private static final Pattern GLUED_PARENTHESIS = Pattern.compile(PARENTHESIS_OF_WORDS + "(?=\\p{L}\\p{L})");
    /**
     * The same parenthesis glued to the word or score before it: "Won(rund 14 Milliarden Euro)",
     * "Raumfahrtbehörde(JSEA)", "2:1(1:0)". A bracket inside a word ("Eisen(III)-oxid", "Ca(OH)2") and the Binnen-I
     * ("Lehrer(Innen)") are no such slip.
     */
    private static final Pattern PARENTHESIS_AFTER_WORD = Pattern.compile("(?<=\\p{L}\\p{L})(?!\\((?:Innen|In)\\))(?="
            + PARENTHESIS_OF_WORDS + "(?![\\p{L}\\p{N}-]))|(?<=\\p{N}:\\p{N})(?=\\(\\p{N}{1,2}:\\p{N}{1,2}\\))");
    /**
     * An ordinal number glued to the word it counts ("in der 58.Minute", "zur 9.Runde"), a numbered label glued to its
     * text ("Bild 4:Eine"), or a year glued by a full stop or comma to the next sentence or clause ("Das war
     * 2005.Damals", "im Jahr 2023,als"): German sets a space after them. A decimal comma and a clock time have digits
     * after them.
     */
    private static final Pattern GLUED_AFTER_NUMBER = Pattern.compile(
            "(?<![\\p{N}.,:])(?:\\p{N}{1,4}[.:](?=\\p{Lu}\\p{Ll}{2,})|\\p{N}{4},(?=\\p{Ll}{2,}))");
    /**
     * A comma or semicolon moved before the space it should be followed by, before a lower-case word: "Innenstadt
     * ,sagte". A comma before a capital ("ein klares ,Nein") or with a closing single quote after it on the line ("was
     * heißt ,potenzieller Attentäter‘?") is typed for the opening quote.
     */
    private static final Pattern SPACE_BEFORE_NOT_AFTER =
            Pattern.compile("(?<=\\p{L}\\p{L}) ([,;])(?=\\p{Ll}\\p{L})(?![^\\n]*[‘’'])");
    /**
     * A short word without a vowel before a period is an abbreviation (St., Dr., dt., bzw.), often written glued; an
     * acronym in capitals ("ZDF.Florian") is none.
     */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<!\\p{L})(?!\\p{Lu}{2,}\\.$)[^\\P{L}aeiouyäöüAEIOUYÄÖÜ]{1,4}\\.$");
    /** The start of a web address. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("www\\.|https?://");
    /** Marks of a token that is an address, a path or a handle rather than prose. */
    private static final Pattern ADDRESS = Pattern.compile(
            "@|://|www\\.|/|\\\\|#|=|\\.(?i:html?|php|aspx?|pdf|jpe?g|png|gif|docx?|xlsx?|txt|zip|csv|com|org|net)\\b");
    private static final String SENTENCE_PUNCTUATION = ".,;:!?";


    @Override
    public Category category() {
        return Category.MISSING_SPACE;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        Matcher m = GLUED_PUNCTUATION.matcher(text);
        while (m.find()) {
            boolean abbreviation = ABBREVIATION.matcher(text.substring(Math.max(0, m.start() - 5), m.end())).find();
            // a word glued to the address after it is no address itself: "spenden:www.redcross.org.au"
            boolean beforeAddress = WEB_ADDRESS.matcher(text).region(m.end(), text.length()).lookingAt();
            if (!abbreviation && (!inAddress(text, m.start()) || beforeAddress)) {
                findings.add(gap(text, m.start() + 1, "after '" + m.group() + "'"));
            }
        }
        Matcher parenthesis = GLUED_PARENTHESIS.matcher(text);
        while (parenthesis.find()) {
            findings.add(gap(text, parenthesis.end(), "after the closing bracket"));
        }
        Matcher opening = PARENTHESIS_AFTER_WORD.matcher(text);
        while (opening.find()) {
            if (!inAddress(text, opening.start())) {
                findings.add(gap(text, opening.start(), "before the opening bracket"));
            }
        }
        Matcher number = GLUED_AFTER_NUMBER.matcher(text);
        while (number.find()) {
            if (!inAddress(text, number.start())) {
                findings.add(gap(text, number.end(), "after '" + text.charAt(number.end() - 1) + "'"));
            }
        }
        Matcher moved = SPACE_BEFORE_NOT_AFTER.matcher(text);
        while (moved.find()) {
            String fixed = moved.group(1) + " ";
            findings.add(finding(moved.start(), moved.end(), "Space before '" + moved.group(1)
                    + "' instead of after it: '" + moved.group() + "' should be '" + fixed + "'", List.of(fixed)));
        }
        for (Quote quote : analysed.quotePairs()) {
            Mark open = quote.open();
            if (open != null && open.index() > 0 && gluedBefore(text, open.index() - 1)) {
                findings.add(gap(text, open.index(), "before the opening quote " + open.glyph()));
            }
            Mark close = quote.close();
            if (close != null && close.index() + 1 < text.length() && Character.isLetter(text.charAt(close.index() + 1))) {
                findings.add(gap(text, close.index() + 1, "after the closing quote " + close.glyph()));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /** A word, or sentence punctuation right after a word, glued to an opening quote: sagte„Nein, gesagt:»Ja. */
    private static boolean gluedBefore(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
            return true;
        }
        return SENTENCE_PUNCTUATION.indexOf(c) >= 0 && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    /** The finding for a space missing before index {@code gap}: the two characters around it. */
    private Finding gap(String text, int gap, String where) {
        String around = text.substring(gap - 1, gap + 1);
        String fixed = around.charAt(0) + " " + around.charAt(1);
        return finding(gap - 1, gap + 1,
                "Missing space " + where + ": '" + around + "' should be '" + fixed + "'", List.of(fixed));
    }

    /** The run of non-space characters around an index is an address, a path or a handle. */
    private static boolean inAddress(String text, int index) {
        return ADDRESS.matcher(token(text, index)).find();
    }

    /** The run of non-space characters around an index. */
    private static String token(String text, int index) {
        int from = index;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = index;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    @Override
    public String description() {
        return "A missing space after sentence punctuation or around a quotation; abbreviations, numbers and "
                + "addresses are left alone.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Der Stürmer traf per Kopf (34.)zum Ausgleich.",
                        ")z",
                        "Der Stürmer traf per Kopf (34.) zum Ausgleich."),
                DetectorExample.wrong("Spenden Sie über die Website des Roten Kreuzes:www.redcross.org.au.", ":w",
                        "Spenden Sie über die Website des Roten Kreuzes: www.redcross.org.au."),
                DetectorExample.wrong("Das war 2005.Damals standen die Villen leer.", ".D",
                        "Das war 2005. Damals standen die Villen leer."),
                DetectorExample.wrong("Es gebe keine Gefahr für die Innenstadt ,sagte er.", " ,",
                        "Es gebe keine Gefahr für die Innenstadt, sagte er."),
                DetectorExample.right("Wir sagen ein klares ,Nein. Was heißt ,potenzieller Täter‘?"),
                DetectorExample.wrong("Lech Posen – Legia Warschau 2:1(1:0)", "2:1(1:0)",
                        "Lech Posen – Legia Warschau 2:1 (1:0)"),
                DetectorExample.wrong("Bild 4:Eine Frau sitzt im Café.", ":E", "Bild 4: Eine Frau sitzt im Café."),
                DetectorExample.right("Um 14:30 Uhr stand es 2:1, Psalm 23:1 lag auf dem Tisch."),
                DetectorExample.wrong("Er sprach mit dem ZDF.Florian Klein kam auch.", "ZDF.Florian",
                        "Er sprach mit dem ZDF. Florian Klein kam auch."),
                DetectorExample.wrong("Die Meinung wird vertreten.STANDARD: Was sagen Sie?", "vertreten.STANDARD",
                        "Die Meinung wird vertreten. STANDARD: Was sagen Sie?"),
                DetectorExample.right("Er las ORF.at, fuhr nach St.Pölten und in die U.S.A. zu Dr.Müller."),
                DetectorExample.wrong("Die Sitzung endete spät.Danach gab es Streit.",
                        "spät.Danach",
                        "Die Sitzung endete spät. Danach gab es Streit."),
                DetectorExample.wrong("Die Inschrift nennt das Jahr (1478)und den Stifter.", ")u",
                        "Die Inschrift nennt das Jahr (1478) und den Stifter."),
                DetectorExample.wrong("„Das ist ein Erfolg“,sagte der Trainer.", "“,sagte",
                        "„Das ist ein Erfolg“, sagte der Trainer."),
                DetectorExample.wrong("Der Sprecher (laut Polizei ein Zeuge)erklärte den Ablauf.", ")erklärte",
                        "Der Sprecher (laut Polizei ein Zeuge) erklärte den Ablauf."),
                DetectorExample.wrong("Das Werk kostet 20 Billionen Won(rund 14 Milliarden Euro).", "n(",
                        "Das Werk kostet 20 Billionen Won (rund 14 Milliarden Euro)."),
                DetectorExample.wrong("Die Software nutzt künstliche Intelligenz (KI)und Sensoren.", ")u",
                        "Die Software nutzt künstliche Intelligenz (KI) und Sensoren."),
                DetectorExample.wrong("Das Tor fiel in der 58.Minute.", ".M", "Das Tor fiel in der 58. Minute."),
                DetectorExample.wrong("Der Umsatz stieg (plus 30 Prozent).Händler sind froh.", ".H",
                        "Der Umsatz stieg (plus 30 Prozent). Händler sind froh."),
                DetectorExample.wrong("Beim Börsengang im Jahr 2023,als alle kauften, stieg der Kurs.", ",a",
                        "Beim Börsengang im Jahr 2023, als alle kauften, stieg der Kurs."),
                DetectorExample.right("Das 2,5fache von 1.250,50 Euro, Version 2.0 und f(x) stehen auf S. 12, dazu "
                        + "Eisen(III)-oxid, Ca(OH)2 und die Lehrer(Innen)."),
                DetectorExample.right("Die Lehrer(innen) und Mitarbeiter(innen) kamen zu den (Kurz-)Filmen, „Ja“, "
                        + "sagte sie."),
                DetectorExample.right("Die Sitzung endete um 22.15 Uhr, z.B. mit 1,5 Stunden Verspätung; "
                        + "Details auf www.example.org."));
    }
}
