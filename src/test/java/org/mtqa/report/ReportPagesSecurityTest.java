package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mtqa.article.UnreadableFile;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.score.Verdict;

/**
 * Every text a page shows comes from outside: file names, article text, findings, reasons, even the input folder's
 * path. Each is set here to markup that would run if it were not escaped, and each page, parsed as a browser parses it,
 * must show it as text and run nothing but its own script, which its content policy names by hash.
 */
class ReportPagesSecurityTest {

    private static final String HOSTILE = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\">x</a><svg onload=alert(4)>{{summary.input}}";
    private static final String FILE = "news/" + HOSTILE + ".txt";

    @Test
    void reportPage_ShowsEveryTextAsTextAndRunsOnlyItsOwnScript() {
        String text = "Vorher " + HOSTILE + " nachher.\n";
        int start = text.indexOf(HOSTILE);
        int end = start + HOSTILE.length();
        List<FindingReport> findings = List.of(
                new FindingReport(Category.MARKUP_DEBRIS, HOSTILE, Source.MTQA, Severity.MAJOR, start, end, 1,
                        start + 1, HOSTILE, HOSTILE, List.of("")),
                new FindingReport(Category.SPELLING, HOSTILE, Source.LANGUAGETOOL, Severity.MINOR, 0, 6, 1, 1,
                        "Vorher", HOSTILE, List.of(HOSTILE, HOSTILE)));
        FileReport report = new FileReport(FILE, HOSTILE, FileStatus.CHECKED, null, HOSTILE, HOSTILE, 3, 1, 40.0,
                Verdict.REJECT, FileReport.countByCategory(findings), findings);

        Document page = page(report, text);

        assertInert(page);
        assertThat(page.title()).contains(FILE);
        assertThat(page.body().text()).contains(FILE, "Decoded as " + HOSTILE, "sha256 " + HOSTILE,
                "language " + HOSTILE);
        assertThat(page.select("#article").text()).contains(HOSTILE);
        assertThat(page.select("#repaired-text del").text()).contains(HOSTILE);
        assertThat(page.select("tr.finding").text()).contains(HOSTILE + " " + HOSTILE);
        assertThat(page.select("mark").attr("title")).contains(HOSTILE);
    }

    @Test
    void reportPage_OfAFileThatCouldNotBeChecked_ShowsTheReasonAsText() {
        FileReport failed = FileReport.failed(new UnreadableFile(FILE, "", "cannot read: " + HOSTILE), HOSTILE);

        Document page = page(failed, null);

        assertInert(page);
        assertThat(page.body().text()).contains("This file could not be checked: cannot read: " + HOSTILE);
    }

    @Test
    void index_ShowsEveryTextAsTextAndRunsOnlyItsOwnScript() {
        RunSummary summary = RunSummary.of(7, HOSTILE, HOSTILE, HOSTILE, Instant.EPOCH, Instant.EPOCH, Verdict.REJECT,
                List.of(new FileSummary(FILE, FileStatus.CHECKED, null, 3, 40.0, Verdict.REJECT, 1,
                                Map.of(Category.MARKUP_DEBRIS, 1), new FileChange(false, false, 50.0, -10.0, 1, 0)),
                        new FileSummary(HOSTILE + "/", FileStatus.FAILED, "cannot list folder: " + HOSTILE, 0, 0.0,
                                Verdict.REJECT, 0, Map.of(), FileChange.FIRST_CHECK)),
                List.of(HOSTILE + "-removed.txt"),
                List.of(new TrendPoint(6, Instant.EPOCH, 1, 0, 1, 1, 45.0), new TrendPoint(7, Instant.EPOCH, 0, 0, 1, 1,
                        40.0)));

        Document page = Jsoup.parse(HtmlReports.index(summary));

        assertInert(page);
        assertThat(page.title()).contains(HOSTILE);
        assertThat(page.body().text()).contains("input " + HOSTILE, "language " + HOSTILE, FILE,
                HOSTILE + "/ cannot list folder: " + HOSTILE, HOSTILE + "-removed.txt");
        assertThat(page.select("svg.trend")).hasSize(1);
        assertThat(page.select("#files tr[data-file]").eachAttr("data-file")).contains(FILE, HOSTILE + "/");
    }

    /**
     * Nothing but the page's own script, which its policy names by hash; no element that loads or runs anything
     * (images, frames, objects, event handlers, a base), and only relative links.
     */
    private static void assertInert(Document page) {
        Element policy = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertThat(policy).isNotNull();
        assertThat(page.select("script")).singleElement().satisfies(script -> assertThat(policy.attr("content"))
                .startsWith("default-src 'none';").contains("script-src 'sha256-" + sha256(script.data()) + "'"));
        assertThat(page.select("img, iframe, frame, object, embed, link, base, svg [href], svg script")).isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as(element.tagName())
                    .doesNotStartWith("on"));
        }
        assertThat(page.select("[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).doesNotContain(":"));
        assertThat(page.select("[src], [action], [formaction]")).isEmpty();
    }

    private static Document page(FileReport report, String text) {
        StringWriter html = new StringWriter();
        HtmlReports.report(report, text, html);
        return Jsoup.parse(html.toString());
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
