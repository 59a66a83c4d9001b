package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.score.Verdict;

/** What QA staff work with: the index worst first with its charts, and the repaired text. */
class HtmlReviewFeaturesTest {

    @Test
    void index_ListsFilesWorstFirstAndDrawsTheCharts() {
        List<FileSummary> files = List.of(
                file("a-pass.txt", Verdict.PASS, 97.0),
                file("b-review-high.txt", Verdict.REVIEW, 80.0),
                file("c-reject.txt", Verdict.REJECT, 20.0),
                file("d-review-low.txt", Verdict.REVIEW, 60.0),
                new FileSummary("e-broken.txt", FileStatus.FAILED, "not valid UTF-8", 0, 0.0, Verdict.REJECT, 0,
                        Map.of(), FileChange.FIRST_CHECK));

        String html = HtmlReports.index(summary(files));

        Matcher names = Pattern.compile("data-file=\"([^\"]+)\"").matcher(html);
        List<String> order = names.results().map(m -> m.group(1)).toList();
        assertThat(order).containsExactly("e-broken.txt", "c-reject.txt", "d-review-low.txt", "b-review-high.txt",
                "a-pass.txt");
        assertThat(html).contains("aria-label=\"files by verdict\"", "aria-label=\"findings by category\"",
                "aria-label=\"histogram of scores\"", "data-group=\"FAILED\"", "data-categories=\"FUSED_WORD\"")
                .doesNotContain("<script src", "<link");
    }

    @Test
    void index_EscapesFileNames() {
        String html = HtmlReports.index(summary(List.of(file("<img src=x onerror=alert(1)>.txt", Verdict.PASS, 90))));

        assertThat(html).doesNotContain("<img").contains("&lt;img src");
    }

    @Test
    void report_ShowsTheRepairedTextAsAnEscapedDiff() {
        String text = "Putin kam in Nordkorea anwo er <b>erwartet</b> wird.";
        List<FindingReport> findings = List.of(
                finding(text, "anwo", Category.FUSED_WORD, "an wo"),
                finding(text, "<b>", Category.MARKUP_DEBRIS, ""),
                finding(text, "</b>", Category.MARKUP_DEBRIS, ""));
        FileReport report = new FileReport("x.txt", "0", FileStatus.CHECKED, null, "UTF-8", "de-DE", 8, 1, 60, Verdict.REVIEW,
                FileReport.countByCategory(findings), findings);

        StringWriter out = new StringWriter();
        HtmlReports.report(report, text, out);
        String html = out.toString();

        String repaired = html.substring(html.indexOf("id=\"repaired-text\""));
        assertThat(repaired).contains("<del>anwo</del><ins>an wo</ins> er",
                "<del>&lt;b&gt;</del>erwartet<del>&lt;/b&gt;</del>")
                .doesNotContain("<b>");
        assertThat(html).contains("<b>3</b> safe suggestions applied", "mtqa<br>MTQA_FUSED_WORD");
    }

    private static FindingReport finding(String text, String surface, Category category, String suggestion) {
        int start = text.indexOf(surface);
        return new FindingReport(category, "MTQA_" + category, Source.MTQA, Severity.MAJOR, start,
                start + surface.length(), 1, start + 1, surface, "message", List.of(suggestion));
    }

    private static FileSummary file(String name, Verdict verdict, double score) {
        return new FileSummary(name, FileStatus.CHECKED, null, 300, score, verdict, 2,
                Map.of(Category.FUSED_WORD, 2), FileChange.FIRST_CHECK);
    }

    private static RunSummary summary(List<FileSummary> files) {
        return RunSummary.of(1, "/in", "/reports", "de-DE", Instant.EPOCH, Instant.EPOCH, Verdict.REJECT, files,
                List.of(), List.of());
    }
}
