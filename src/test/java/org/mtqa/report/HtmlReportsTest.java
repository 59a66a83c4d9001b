package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.score.Verdict;

/** Article text and file names come from the web: the pages must show them, never run them. */
class HtmlReportsTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String FILE = "news/" + SCRIPT + " & \"Zitat\" Ä.txt";

    @Test
    void report_EscapesTheFileNameTheTextAndTheFindings() {
        String text = "Vorher " + SCRIPT + " nachher.\n";
        int start = text.indexOf(SCRIPT);
        FindingReport finding = new FindingReport(Category.MARKUP_DEBRIS, "MTQA_MARKUP_DEBRIS", Source.MTQA,
                Severity.MAJOR, start, start + SCRIPT.length(), 1, start + 1, SCRIPT, "HTML tag '" + SCRIPT + "'",
                List.of("", SCRIPT));
        FileReport report = new FileReport(FILE, "", FileStatus.CHECKED, null, "UTF-8", "de-DE", 3, 1, 95.0,
                Verdict.PASS, Map.of(Category.MARKUP_DEBRIS, 1), List.of(finding));

        String html = page(report, text);

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("Decoded as");
    }

    @Test
    void report_WhenFailed_ThenEscapesTheReason() {
        FileReport failed = FileReport.failed(new org.mtqa.article.UnreadableFile(FILE, "",
                "cannot read: symbolic link to a missing file (" + SCRIPT + ")"), "de-DE");

        assertThat(page(failed, null)).doesNotContain("<script>alert").contains("could not be checked");
    }

    @Test
    void report_WhenNotDecodedAsUtf8_ThenSaysSo() {
        FileReport report = new FileReport("alt.txt", "", FileStatus.CHECKED, null, "windows-1252", "de-DE", 1, 1,
                100.0, Verdict.PASS, Map.of(), List.of());

        assertThat(page(report, "Grüße")).contains("Decoded as windows-1252, not as UTF-8");
    }

    @Test
    void reports_WhenArticleIs20MbWithAFindingInEveryParagraph_ThenTheyAreWrittenWithinTheHeap(@TempDir Path folder)
            throws Exception {
        // given 20 MB of text and some 120,000 findings, as a huge scraped file would give
        String paragraph = "Die Regierung hat am Montag in Wien neue Regeln für den Handel beschlossen, sagte er. "
                + "Sie sollen <b>im kommenden Jahr gelten und den Markt öffnen, so die Ministerin.\n\n";
        String text = paragraph.repeat(20 * 1024 * 1024 / paragraph.length());
        LineIndex lines = new LineIndex(text);
        List<FindingReport> findings = new ArrayList<>();
        for (int start = paragraph.indexOf("<b>"); start < text.length(); start += paragraph.length()) {
            findings.add(new FindingReport(Category.MARKUP_DEBRIS, "MTQA_MARKUP_DEBRIS", Source.MTQA, Severity.MAJOR,
                    start, start + 3, lines.line(start), lines.column(start), "<b>", "Leftover HTML tag",
                    List.of("")));
        }
        FileReport report = new FileReport("huge.txt", "", FileStatus.CHECKED, null, "UTF-8", "de-DE", 3_000_000,
                100_000, 0.0, Verdict.REJECT, FileReport.countByCategory(findings), findings);
        ReportFiles files = new ReportFiles(folder);

        // when the reports are written as the job writes them
        files.write(files.jsonReport("huge.txt"), out -> JsonReports.write(report, out));
        files.write(files.htmlReport("huge.txt"), out -> HtmlReports.report(report, text, out));

        // then both are complete: every finding in the JSON, every highlight in the page
        assertThat(JsonReports.parse(Files.readString(folder.resolve("huge.json")), FileReport.class).findings())
                .hasSameSizeAs(findings);
        try (Stream<String> html = Files.lines(folder.resolve("huge.html"))) {
            assertThat(html.filter(line -> line.contains("<mark id=\"f")).count()).isEqualTo(findings.size());
        }
    }

    private static String page(FileReport report, String text) {
        StringWriter html = new StringWriter();
        HtmlReports.report(report, text, html);
        return html.toString();
    }

    @Test
    void index_EscapesFileNamesAndReasonsAndEncodesLinks() {
        RunSummary summary = RunSummary.of(1, "/in", "/reports", "de-DE", Instant.EPOCH, Instant.EPOCH, Verdict.REJECT,
                List.of(new FileSummary(FILE, FileStatus.CHECKED, null, 3, 95.0, Verdict.PASS, 0, Map.of(),
                                FileChange.FIRST_CHECK),
                        new FileSummary(SCRIPT + ".txt", FileStatus.FAILED, "cannot read: " + SCRIPT, 0, 0.0,
                                Verdict.REJECT, 0, Map.of(), FileChange.UNCHANGED)),
                List.of(SCRIPT + "-removed.txt"), List.of());

        String html = HtmlReports.index(summary);

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;-removed.txt").contains("&lt;script&gt;alert(1)&lt;/script&gt;-removed.txt")
                .contains("href=\"news/%3Cscript%3Ealert%281%29%3C/script%3E%20%26%20%22Zitat%22%20%C3%84.html\"");
    }
}
