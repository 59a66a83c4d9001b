package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;

/** Real artefacts of the seeds, as the detectors report them. */
class RepairedTextTest {

    @Test
    void apply_SplitsFusedWordsAndDropsStrayCharacters() {
        String text = "Putin kam am Dienstag in Nordkorea anwo von ihm erwartet wird. LNordkorea und Russland.";
        List<FindingReport> findings = List.of(
                finding(text, "anwo", Category.FUSED_WORD, "an wo"),
                finding(text, "LNordkorea", Category.STRAY_CHARACTER, "Nordkorea"));

        assertThat(RepairedText.apply(text, findings))
                .isEqualTo("Putin kam am Dienstag in Nordkorea an wo von ihm erwartet wird. Nordkorea und Russland.");
    }

    @Test
    void apply_DeletesBoilerplateAndNoiseLinesWithTheirLineEnds() {
        String text = "Putin kommt an\r\n-\r\nSEOUL – Der Präsident kam.\r\n"
                + "PREV Messi wird 37: Grüße an den Kapitän\r\nNEXT Amerika unterschreibt";
        List<FindingReport> findings = List.of(
                finding(text, "-", Category.NOISE_TOKEN, ""),
                finding(text, "PREV Messi wird 37: Grüße an den Kapitän", Category.BOILERPLATE, ""),
                finding(text, "NEXT Amerika unterschreibt", Category.BOILERPLATE, ""));

        assertThat(RepairedText.apply(text, findings)).isEqualTo("Putin kommt an\r\nSEOUL – Der Präsident kam.\r\n");
    }

    @Test
    void apply_DeletesMarkupInsideALineAndNormalisesQuotes() {
        String text = "laut Newsweek “Daher bestehen Bedenken” <br/>weiter.";
        List<FindingReport> findings = List.of(
                finding(text, "“", Category.QUOTATION, "„"),
                finding(text, "”", Category.QUOTATION, "“"),
                finding(text, "<br/>", Category.MARKUP_DEBRIS, ""));

        assertThat(RepairedText.apply(text, findings)).isEqualTo("laut Newsweek „Daher bestehen Bedenken“ weiter.");
    }

    @Test
    void apply_LeavesSpellingGrammarAndUnsafeFindingsAlone() {
        String text = "Bei ihrem letzen Treffen sagte er 2 mins read und Nord Korea.";
        List<FindingReport> findings = List.of(
                finding(text, "letzen", Category.SPELLING, "letzten"),
                finding(text, "2 mins read", Category.UNTRANSLATED, ""),
                finding(text, "Nord Korea", Category.SPLIT_WORD));

        assertThat(RepairedText.apply(text, findings)).isEqualTo(text);
        assertThat(RepairedText.repairs(findings)).isEmpty();
    }

    @Test
    void apply_OfOverlappingSafeFindingsAppliesTheFirstOnly() {
        String text = "Nach dem qWenn Ende.";
        FindingReport stray = finding(text, "qWenn", Category.STRAY_CHARACTER, "Wenn");
        FindingReport markup = new FindingReport(Category.MARKUP_DEBRIS, "R", Source.MTQA, Severity.MAJOR,
                text.indexOf("qWenn") + 1, text.indexOf(" Ende"), 1, 1, "Wenn", "m", List.of(""));

        assertThat(RepairedText.repairs(List.of(markup, stray))).containsExactly(stray);
        assertThat(RepairedText.apply(text, List.of(markup, stray))).isEqualTo("Nach dem Wenn Ende.");
    }

    @Test
    void apply_UsesTheDetectorsSuggestionNotLanguageToolsAddedOnes() {
        String text = "mit Pjöngjanglaut russischen Staatsmedien";
        FindingReport fused = finding(text, "Pjöngjanglaut", Category.FUSED_WORD, "Pjöngjang laut", "Pjöngjangs");

        assertThat(RepairedText.apply(text, List.of(fused))).isEqualTo("mit Pjöngjang laut russischen Staatsmedien");
    }

    private static FindingReport finding(String text, String surface, Category category, String... suggestions) {
        int start = text.indexOf(surface);
        assertThat(start).as(surface).isNotNegative();
        return new FindingReport(category, "MTQA_" + category, Source.MTQA, Severity.MAJOR, start,
                start + surface.length(), 1, start + 1, surface, "message", new ArrayList<>(List.of(suggestions)));
    }
}
