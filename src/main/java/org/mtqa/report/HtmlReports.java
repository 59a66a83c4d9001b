package org.mtqa.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.mtqa.check.Category;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * Renders the per-file page and the index with Mustache templates, which HTML-escape every value; CSS and script are
 * inline, so a page works offline and can be mailed.
 */
public final class HtmlReports {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .defaultValue("")
            .withLoader(name -> reader("templates/" + name + ".mustache"));
    private static final Template REPORT = compile("report");
    private static final Template INDEX = compile("index");

    private HtmlReports() {
    }

    public static String report(FileReport report, String text) {
        List<FindingReport> findings = report.findings();
        Map<String, Object> model = new HashMap<>();
        model.put("file", report.file());
        model.put("sha256", report.sha256());
        model.put("verdict", report.verdict());
        model.put("score", report.score());
        model.put("words", report.words());
        model.put("sentences", report.sentences());
        model.put("language", report.language());
        model.put("error", report.error());
        model.put("findingCount", findings.size());
        model.put("indexHref", "../".repeat(depth(report.file())) + "index.html");
        model.put("legend", report.counts().entrySet().stream()
                .map(e -> Map.of("category", e.getKey(), "count", e.getValue())).toList());
        model.put("articleHtml", text == null ? "" : HighlightedText.render(text, findings));
        model.put("findings", IntStream.range(0, findings.size()).mapToObj(i -> findingRow(i, findings.get(i))).toList());
        return REPORT.execute(model);
    }

    public static String index(RunSummary summary) {
        List<Category> categories = Arrays.stream(Category.values())
                .filter(c -> summary.totals().byCategory().containsKey(c)).toList();
        List<Map<String, Object>> rows = summary.files().stream().map(f -> {
            Map<String, Object> row = new HashMap<>();
            row.put("file", f.file());
            row.put("href", href(f.file()));
            row.put("status", f.status());
            row.put("error", f.error());
            row.put("verdict", f.verdict());
            row.put("score", f.score());
            row.put("words", f.words());
            row.put("findings", f.findings());
            row.put("cells", categories.stream().map(c -> cell(c, f.counts().get(c))).toList());
            return row;
        }).toList();
        return INDEX.execute(Map.of("summary", summary, "categories", categories, "rows", rows));
    }

    private static Map<String, Object> findingRow(int index, FindingReport f) {
        Map<String, Object> row = new HashMap<>();
        row.put("index", index);
        row.put("number", index + 1);
        row.put("line", f.line());
        row.put("column", f.column());
        row.put("start", f.start());
        row.put("end", f.end());
        row.put("category", f.category());
        row.put("severity", f.severity());
        row.put("source", f.source().jsonName());
        row.put("rule", f.rule());
        row.put("text", f.text());
        row.put("message", f.message());
        row.put("suggestionList", f.suggestions().stream()
                .map(s -> s.isEmpty() ? "(delete)" : s).collect(Collectors.joining(" · ")));
        return row;
    }

    private static Map<String, Object> cell(Category category, Integer count) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("category", category);
        cell.put("count", count);
        return cell;
    }

    /** The page of an input file, relative to the reports folder, with every path segment URL-encoded. */
    static String href(String file) {
        String base = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
        return Arrays.stream((base + ".html").split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static int depth(String file) {
        return (int) file.chars().filter(c -> c == '/').count();
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
