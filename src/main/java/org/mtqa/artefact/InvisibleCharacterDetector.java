package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Invisible format characters in the text: soft hyphens, zero-width spaces and joiners, word joiners, a byte-order mark
 * in mid-text, bidirectional controls, all of Unicode's general category Cf. Readers do not see them, but they split
 * words for spell checkers and search, and travel along with copy and paste. The finding spans the whole word they
 * stand in, so that no spelling alarm is raised on its halves; the suggestion deletes them, or puts a space where they
 * stand between two words. A zero-width joiner inside an emoji sequence is right and stays silent.
 */
@Component
public class InvisibleCharacterDetector implements ArtefactDetector {

    private static final char ZERO_WIDTH_JOINER = '\u200D';

    private final GermanLexicon lexicon;

    public InvisibleCharacterDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Category category() {
        return Category.INVISIBLE_CHARACTER;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        for (Span run : Spans.runs(text, i -> isInvisible(text, i))) {
            Span word = Spans.widenToWord(text, run.start(), run.end());
            findings.add(finding(word.start(), word.end(), message(run.value().charAt(0), run.value().length()),
                    List.of(repaired(text.substring(word.start(), run.start()), text.substring(run.end(), word.end())))));
        }
        return findings;
    }

    private static boolean isInvisible(String text, int at) {
        char c = text.charAt(at);
        if (Character.getType(c) != Character.FORMAT) {
            return false;
        }
        // emoji sequences join their pictographs with U+200D (a family, a flag)
        return c != ZERO_WIDTH_JOINER || !(isPictograph(text, at - 1) || isPictograph(text, at + 1));
    }

    private static boolean isPictograph(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL || c == '\uFE0F';
    }

    /** The word without the invisible characters, or two words where they stood between two known ones. */
    private String repaired(String before, String after) {
        String joined = before + after;
        boolean twoWords = !before.isEmpty() && !after.isEmpty() && !lexicon.isKnown(joined)
                && lexicon.isKnown(before) && lexicon.isKnown(after);
        return twoWords ? before + " " + after : joined;
    }

    private static String message(char c, int count) {
        String name = Character.getName(c);
        String what = String.format(Locale.ROOT, "U+%04X %s", (int) c, name == null ? "" : name);
        return (count > 1 ? count + " invisible characters (" + what + ", …)" : "Invisible character " + what)
                + ": it splits the word for search, spell checking and copy and paste; delete it";
    }

    @Override
    public String description() {
        return "Invisible format characters (soft hyphens, zero-width spaces and joiners, word joiners, a byte-order "
                + "mark, bidirectional controls) inside or between words; the finding spans the whole word.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Stadt plant eine neue Schwimm\u00ADhalle.", "Schwimm\u00ADhalle",
                        "Die Stadt plant eine neue Schwimmhalle."),
                DetectorExample.wrong("Der Zug\u200Bverkehr ruht.", "Zug\u200Bverkehr", "Der Zugverkehr ruht."),
                DetectorExample.right("Die Familie 👨\u200D👩\u200D👧 reiste mit 14\u202F000 Euro\u00A0Budget."));
    }
}
