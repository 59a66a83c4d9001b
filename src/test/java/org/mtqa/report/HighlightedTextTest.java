package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;

class HighlightedTextTest {

    @Test
    void render_EscapesTextAndMarksEachFindingOnce() {
        String text = "a <script>x</script> b";
        FindingReport script = finding(Category.MARKUP_DEBRIS, 2, 10, text);

        String html = HighlightedText.render(text, List.of(script));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;")
                .containsOnlyOnce("data-start=\"2\" data-end=\"10\"");
    }

    @Test
    void render_NestsContainedFindingsAndCutsCrossingOnes() {
        String text = "0123456789";
        List<FindingReport> findings = List.of(
                finding(Category.BOILERPLATE, 0, 6, text),
                finding(Category.SPELLING, 2, 4, text),
                finding(Category.QUOTATION, 5, 8, text));

        String html = HighlightedText.render(text, findings);

        assertThat(html.replaceAll("<mark[^>]*>", "[").replace("</mark>", "]")).isEqualTo("[01[23]4[5]]6789");
        assertThat(html).contains("data-start=\"5\" data-end=\"8\"");
    }

    private static FindingReport finding(Category category, int start, int end, String text) {
        return new FindingReport(category, "R", Source.MTQA, Severity.MINOR, start, end, 1, start + 1,
                text.substring(start, end), "message", List.of());
    }
}
