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
 * A missing space after sentence punctuation or around a quotation: "Jahres.Die", "gesagt,dass", "Getreide»sagte".
 * Abbreviations (z.B., Ph.D.), numbers (1,5; 14.30), URLs, e-mail addresses and file names are left alone: they glue
 * single letters, digits or lower-case endings, or sit in a token that is an address.
 */
@Component
public class MissingSpaceDetector implements ArtefactDetector {

    /**
     * Punctuation between two words. A sentence end needs a capitalised word after it (domains and file names go on
     * in lower case) and ! or ? a lower-case word before it (brands like FRITZ!Box); a comma or semicolon joins any
     * two words; a colon too, except the gender colon (Lehrer:innen).
     */
    private static final Pattern GLUED_PUNCTUATION = Pattern.compile("(?<=\\p{L}\\p{L}|\\p{L}[“”\"»«’])"
            + "(?:\\.(?=\\p{Lu}\\p{Ll})"
            + "|(?<=\\p{Ll})[!?](?=\\p{Lu}\\p{Ll})|[,;](?=\\p{L}\\p{L})|:(?=\\p{L}\\p{L})(?!(?i:in|innen)\\b))");
    /**
     * A parenthesis of words (a space in it), of one capitalised word or of a number (a year, an age) glued to the next
     * word: "(laut Polizei)erklärte", "(Zentrumspartei)erklärte", "(1478)und". A lowercase ending in brackets is a word's own ("Lehrer(innen)"), and so is a first
     * part with its hyphen ("(Kurz-)Filme").
     */
    private static final Pattern GLUED_PARENTHESIS = Pattern.compile(
            "\\((?:[^()\\n]*\\s[^()\\n]*|\\p{Lu}[^()\\s]{3,}|\\p{N}{2,4})(?<!-)\\)(?=\\p{L}\\p{L})");
    /** A short word without a vowel before a period is an abbreviation (St., Dr., dt., bzw.), often written glued. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<!\\p{L})[^\\P{L}aeiouyäöüAEIOUYÄÖÜ]{1,4}\\.$");
    /** Marks of a token that is an address, a path or a handle rather than prose. */
    private static final Pattern ADDRESS = Pattern.compile("@|://|www\\.|/|\\\\|#|=|\\.(?i:html?|php|aspx?|pdf|jpe?g|png|com|org|net)\\b");
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
            String token = token(text, m.start());
            boolean abbreviation = ABBREVIATION.matcher(text.substring(Math.max(0, m.start() - 5), m.end())).find();
            if (!abbreviation && !ADDRESS.matcher(token).find()) {
                findings.add(gap(text, m.start() + 1, "after '" + m.group() + "'"));
            }
        }
        Matcher parenthesis = GLUED_PARENTHESIS.matcher(text);
        while (parenthesis.find()) {
            findings.add(gap(text, parenthesis.end(), "after the closing bracket"));
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
                DetectorExample.wrong("Die Sitzung endete spät.Danach gab es Streit.",
                        "spät.Danach",
                        "Die Sitzung endete spät. Danach gab es Streit."),
                DetectorExample.wrong("Die Inschrift nennt das Jahr (1478)und den Stifter.", ")u",
                        "Die Inschrift nennt das Jahr (1478) und den Stifter."),
                DetectorExample.wrong("„Das ist ein Erfolg“,sagte der Trainer.", "“,sagte",
                        "„Das ist ein Erfolg“, sagte der Trainer."),
                DetectorExample.wrong("Der Sprecher (laut Polizei ein Zeuge)erklärte den Ablauf.", ")erklärte",
                        "Der Sprecher (laut Polizei ein Zeuge) erklärte den Ablauf."),
                DetectorExample.right("Die Lehrer(innen) und Mitarbeiter(innen) kamen zu den (Kurz-)Filmen, „Ja“, "
                        + "sagte sie."),
                DetectorExample.right("Die Sitzung endete um 22.15 Uhr, z.B. mit 1,5 Stunden Verspätung; "
                        + "Details auf www.example.org."));
    }
}
