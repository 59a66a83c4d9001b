package org.mtqa.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mtqa.article.UnreadableFile;
import org.mtqa.check.CheckedArticle;
import org.mtqa.finding.Category;
import org.mtqa.score.QualityScore;
import org.mtqa.score.Verdict;

/**
 * The quality report of one file: the JSON report's shape (see {@code docs/report.schema.json}). A file that could not
 * be checked has status FAILED, an error, the verdict REJECT and no findings. {@code encoding} names what a checked
 * file was decoded from, so that a reader knows when umlauts were guessed (windows-1252) rather than read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileReport(
        String file,
        String sha256,
        FileStatus status,
        String error,
        String encoding,
        String language,
        int words,
        int sentences,
        double score,
        Verdict verdict,
        Map<Category, Integer> counts,
        List<FindingReport> findings) {

    public static FileReport checked(CheckedArticle checked, QualityScore quality, String language) {
        String text = checked.article().text();
        LineIndex lines = new LineIndex(text);
        List<FindingReport> findings = checked.findings().stream().map(f -> FindingReport.of(f, text, lines)).toList();
        return new FileReport(checked.article().file(), checked.article().sha256(), FileStatus.CHECKED, null,
                checked.article().encoding(), language, checked.words(), checked.sentences(), quality.score(),
                quality.verdict(), countByCategory(findings), findings);
    }

    public static FileReport failed(UnreadableFile file, String language) {
        return new FileReport(file.file(), file.sha256(), FileStatus.FAILED, file.reason(), null, language, 0, 0, 0.0,
                Verdict.REJECT, Map.of(), List.of());
    }

    /** True when the text was not read as UTF-8, which the HTML report points out. */
    public boolean notUtf8() {
        return encoding != null && !encoding.equals("UTF-8");
    }

    /** Counts in category order; a category without findings is left out. */
    static Map<Category, Integer> countByCategory(List<FindingReport> findings) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        findings.forEach(f -> counts.merge(f.category(), 1, Integer::sum));
        return counts;
    }
}
