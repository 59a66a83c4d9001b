package org.mtqa.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.mtqa.finding.Category;
import org.mtqa.finding.Source;

/**
 * Renders the per-file page and the index with Mustache templates, which HTML-escape every value; CSS and script are
 * inline, so a page works offline and can be mailed, and a Content-Security-Policy lets each page run its own script
 * and load nothing.
 */
public final class HtmlReports {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .defaultValue("")
            .withLoader(name -> reader("templates/" + name + ".mustache"));
    private static final Template REPORT = compile("report");
    private static final Template INDEX = compile("index");
    private static final String REPORT_POLICY = contentSecurityPolicy("report-script");
    private static final String INDEX_POLICY = contentSecurityPolicy("index-script");

    /** Files that could not be checked, then REJECT, REVIEW, PASS; within a verdict the lowest score first. */
    public static final Comparator<FileSummary> WORST_FIRST = Comparator
            .comparing((FileSummary f) -> f.status() != FileStatus.FAILED)
            .thenComparing(FileSummary::verdict, Comparator.reverseOrder())
            .thenComparingDouble(FileSummary::score)
            .thenComparing(FileSummary::file);

    private HtmlReports() {
    }

    /**
     * One row of the findings table; {@code index} is the finding's position in the JSON report, {@code repaired} says
     * whether the repaired text applies its suggestion.
     */
    record FindingRow(int index, int number, FindingReport finding, boolean repaired) {

        /** Who raised the finding, for people: "LanguageTool" or "mtqa". */
        String sourceName() {
            return finding.source() == Source.LANGUAGETOOL ? "LanguageTool" : "mtqa";
        }
    }

    /** The repaired text as a diff against the article, and how many suggestions made it. */
    record Repair(int count, List<RepairedText.Segment> diff) {
    }

    /** One count of the legend or of an index row; an empty count shows as a dot. */
    record CategoryCount(Category category, Integer count) {
    }

    /**
     * One line of the index; {@code group} is what the verdict filter matches: FAILED for a file that could not be
     * checked, otherwise its verdict.
     */
    record IndexRow(FileSummary file, String href, List<CategoryCount> cells) {

        String group() {
            return file.status() == FileStatus.FAILED ? "FAILED" : file.verdict().name();
        }

        /** The categories with findings, space-separated, for the category filter. */
        String categoryList() {
            return file.counts().keySet().stream().map(Category::name).collect(Collectors.joining(" "));
        }

        /** "score +3.0 (was 82.0), 2 new, 1 fixed", for a file checked before with another result. */
        String changeText() {
            FileChange change = file.change();
            if (change.scoreDelta() == null) {
                return "";
            }
            return String.format(Locale.ROOT, "score %+.1f (was %.1f), %d new, %d fixed", change.scoreDelta(),
                    change.previousScore(), change.newFindings(), change.fixedFindings());
        }
    }

    /** Writes the page of one file to {@code out}, the article streamed rather than held as one more string. */
    public static void report(FileReport report, String text, Writer out) {
        List<FindingReport> findings = report.findings();
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("contentSecurityPolicy", REPORT_POLICY);
        model.put("findingCount", findings.size());
        model.put("indexHref", ReportFiles.indexFrom(report.file()));
        model.put("legend", report.counts().entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue())).toList());
        model.put("articleHtml", (Mustache.Lambda) (fragment, writer) -> {
            if (text != null) {
                HighlightedText.render(text, findings, writer);
            }
        });
        Set<FindingReport> repairs = Set.copyOf(RepairedText.repairs(findings));
        model.put("findings", IntStream.range(0, findings.size())
                .mapToObj(i -> new FindingRow(i, i + 1, findings.get(i), repairs.contains(findings.get(i))))
                .toList());
        if (text != null && !repairs.isEmpty()) {
            model.put("repair", new Repair(repairs.size(), RepairedText.diff(text, findings)));
        }
        REPORT.execute(model, out);
    }

    public static String index(RunSummary summary) {
        List<Category> categories = Arrays.stream(Category.values())
                .filter(c -> summary.totals().byCategory().containsKey(c)).toList();
        List<IndexRow> rows = summary.files().stream()
                .sorted(WORST_FIRST)
                .map(f -> new IndexRow(f, href(f.file()),
                        categories.stream().map(c -> new CategoryCount(c, f.counts().get(c))).toList()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("summary", summary);
        model.put("contentSecurityPolicy", INDEX_POLICY);
        model.put("categories", categories);
        model.put("rows", rows);
        model.put("verdictChart", SummaryCharts.verdicts(summary.totals()));
        model.put("categoryChart", SummaryCharts.categories(summary.totals().byCategory()));
        model.put("scoreChart", SummaryCharts.scores(summary.files()));
        model.put("trend", TrendChart.of(summary.trend()));
        model.put("anyRemoved", !summary.removed().isEmpty());
        return INDEX.execute(model);
    }

    /** The page of an input file, relative to the reports folder, with every path segment URL-encoded. */
    static String href(String file) {
        return Arrays.stream(ReportFiles.htmlReportName(file).split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /**
     * What a page may load and run: nothing from anywhere, its inline styles, and its own script alone, named by the
     * hash of its text. Text is escaped anyway; should a flaw ever let markup through, no script of it would run and
     * nothing would be fetched.
     */
    static String contentSecurityPolicy(String script) {
        String text = COMPILER.loadTemplate(script).execute(Map.of());
        try {
            String hash = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash
                    + "'; base-uri 'none'; form-action 'none'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Template compile(String name) {
        try (Reader template = reader("templates/" + name + ".mustache")) {
            return COMPILER.compile(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String resource) {
        var stream = HtmlReports.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("template missing from the classpath: " + resource);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
