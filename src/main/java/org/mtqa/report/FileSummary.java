package org.mtqa.report;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mtqa.finding.Category;
import org.mtqa.score.Verdict;

/** One file's line in the index and in the run's summary. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileSummary(
        String file,
        FileStatus status,
        String error,
        int words,
        double score,
        Verdict verdict,
        int findings,
        Map<Category, Integer> counts,
        FileChange change) {
}
