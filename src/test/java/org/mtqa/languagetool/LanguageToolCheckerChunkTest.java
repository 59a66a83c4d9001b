package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.finding.Finding;

/** Long texts go to LanguageTool in pieces; the findings must still index the whole text exactly. */
class LanguageToolCheckerChunkTest {

    private static final String SENTENCE = "Bei ihrem letzen Treffen stimmten sie zu.";

    @Test
    void chunkEnd_CutsAfterAParagraphElseALineElseASpace() {
        LanguageToolChecker checker = new LanguageToolChecker(TestLexicon.LANGUAGE_TOOL, 20);

        assertThat(checker.chunkEnd("Eins zwei.\n\nDrei vier fünf sechs.", 0, 33)).isEqualTo(12);
        assertThat(checker.chunkEnd("Eins zwei.\nDrei vier fünf sechs.", 0, 32)).isEqualTo(11);
        assertThat(checker.chunkEnd("Eins zwei drei vier fünf sechs.", 0, 31)).isEqualTo(20);
        assertThat(checker.chunkEnd("x".repeat(50), 0, 50)).isEqualTo(20);
        // a short rest is one piece, and a piece never runs past the end of its region
        assertThat(checker.chunkEnd("Eins zwei.\nDrei.", 11, 16)).isEqualTo(16);
        assertThat(checker.chunkEnd("Eins zwei drei vier fünf sechs.", 0, 10)).isEqualTo(10);
    }

    @Test
    void check_WhenTextSpansManyPieces_ThenEachFindingIndexesTheWholeText() {
        // given 40 paragraphs with one misspelling each, a data blob between them, and pieces of at most 120 chars
        StringBuilder built = new StringBuilder();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                built.append("Das Bild: ").append("QUJDREVGR0hJSktMTU5PUFFS".repeat(20)).append(" zeigt ihn.\r\n\r\n");
            }
            built.append("Absatz ").append(i).append(": ");
            expected.add(built.length() + SENTENCE.indexOf("letzen"));
            built.append(SENTENCE).append(i % 3 == 0 ? "\r\n\r\n" : " ");
        }
        String text = built.toString();
        LanguageToolChecker checker = new LanguageToolChecker(TestLexicon.LANGUAGE_TOOL, 120);

        // when
        List<Integer> checkedTo = new ArrayList<>();
        List<Finding> findings = checker.check(text, List.of(), checkedTo::add).findings();

        // then "letzen" is found at each of its offsets, and the blob, which LanguageTool never sees, has no finding
        List<Integer> letzen = findings.stream().filter(f -> text.substring(f.start(), f.end()).equals("letzen"))
                .map(Finding::start).toList();
        assertThat(letzen).containsExactlyElementsOf(expected);
        int blobStart = text.indexOf("QUJD");
        int blobEnd = text.indexOf(" zeigt ihn");
        assertThat(findings).noneMatch(f -> f.start() < blobEnd && blobStart < f.end());
        // and progress was told after each piece, up to the end of the text
        assertThat(checkedTo).hasSizeGreaterThan(text.length() / 120).isSorted().doesNotHaveDuplicates()
                .last().isEqualTo(text.length());
    }
}
