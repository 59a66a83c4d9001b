package org.mtqa.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mtqa.finding.Category;
import org.mtqa.score.Verdict;

/**
 * The shape of the run's summary ({@link ReportFiles#summary()}): the run, its totals, the gate's outcome, every
 * file (checked in this run or unchanged since an earlier one), the input files that disappeared, and the trend of
 * recent runs.
 */
public record RunSummary(
        long runId,
        String input,
        String reports,
        String language,
        Instant startedAt,
        Instant finishedAt,
        Gate gate,
        Totals totals,
        List<FileSummary> files,
        List<FailedFile> failed,
        List<String> removed,
        List<TrendPoint> trend) {

    /** @param failingFiles files at or worse than {@code failOn}, or not checkable */
    public record Gate(Verdict failOn, int failingFiles, ExitCode exitCode) {
    }

    /**
     * @param files     input files of the run
     * @param checked   files checked in this run
     * @param unchanged files not checked again because nothing changed; their reports stand
     * @param failed    files that could not be checked
     * @param removed   input files gone since the previous run, whose reports were deleted
     */
    public record Totals(int files, int checked, int unchanged, int failed, int removed, int pass, int review,
            int reject, long words, int findings, Map<Category, Integer> byCategory) {
    }

    public record FailedFile(String file, String reason) {
    }

    /** Sums up a run's files; the gate fails on unchecked files and on files at or worse than {@code failOn}. */
    public static RunSummary of(long runId, String input, String reports, String language, Instant startedAt,
            Instant finishedAt, Verdict failOn, List<FileSummary> files, List<String> removed,
            List<TrendPoint> trend) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        files.forEach(f -> f.counts().forEach((category, n) -> byCategory.merge(category, n, Integer::sum)));
        List<FailedFile> failed = files.stream().filter(f -> f.status() == FileStatus.FAILED)
                .map(f -> new FailedFile(f.file(), f.error())).toList();
        List<FileSummary> checked = files.stream().filter(f -> f.status() == FileStatus.CHECKED).toList();
        int unchanged = (int) checked.stream().filter(f -> f.change().unchanged()).count();
        Totals totals = new Totals(files.size(), checked.size() - unchanged, unchanged, failed.size(), removed.size(),
                countVerdict(checked, Verdict.PASS), countVerdict(checked, Verdict.REVIEW),
                countVerdict(checked, Verdict.REJECT), files.stream().mapToLong(FileSummary::words).sum(),
                files.stream().mapToInt(FileSummary::findings).sum(), byCategory);
        int failing = failed.size() + (int) checked.stream().filter(f -> f.verdict().isAtLeastAsBadAs(failOn)).count();
        Gate gate = new Gate(failOn, failing, failing > 0 ? ExitCode.GATE_FAILED : ExitCode.OK);
        return new RunSummary(runId, input, reports, language, startedAt, finishedAt, gate, totals, files, failed,
                removed, trend);
    }

    private static int countVerdict(List<FileSummary> files, Verdict verdict) {
        return (int) files.stream().filter(f -> f.verdict() == verdict).count();
    }
}
