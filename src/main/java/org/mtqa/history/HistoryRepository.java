package org.mtqa.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mtqa.finding.Category;
import org.mtqa.report.FileChange.FindingKey;
import org.mtqa.report.FileChange;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FileSummary;
import org.mtqa.report.FindingReport;
import org.mtqa.report.TrendPoint;
import org.mtqa.score.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * mtqa's own tables: runs, the files of each run (checked, or unchanged and pointing at the check whose report still
 * stands), their findings, and the input files that disappeared.
 */
public class HistoryRepository {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;

    public HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last successful check of a file, as far as deciding whether to check it again needs. */
    public record PreviousCheck(long id, String file, String sha256, String language, String fingerprint) {
    }

    /** Records that a run started; a restart of the same run keeps its first start time. */
    public void startRun(long runId, Instant startedAt, String inputFolder, String language) {
        int updated = jdbc.sql("UPDATE mtqa_run SET status = 'STARTED', finished_at = NULL WHERE run_id = ?")
                .param(runId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mtqa_run (run_id, started_at, input_folder, language, status) VALUES (?, ?, ?, ?, 'STARTED')")
                    .params(runId, Timestamp.from(startedAt), inputFolder, language).update();
        }
    }

    public void finishRun(long runId, Instant finishedAt, String status) {
        jdbc.sql("UPDATE mtqa_run SET finished_at = ?, status = ? WHERE run_id = ?")
                .params(Timestamp.from(finishedAt), status, runId).update();
    }

    public Instant runStartedAt(long runId) {
        return jdbc.sql("SELECT started_at FROM mtqa_run WHERE run_id = ?").param(runId)
                .query(Timestamp.class).single().toInstant();
    }

    /**
     * Stores one file's report, findings included, in the caller's transaction. A file checked again in the same run
     * (a restart after a crash between writing and committing) replaces its earlier rows.
     */
    public void recordFile(long runId, FileReport report, String fingerprint, Instant checkedAt) {
        jdbc.sql("DELETE FROM mtqa_file_check WHERE run_id = ? AND file = ?").params(runId, report.file()).update();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mtqa_file_check
                  (run_id, file, sha256, language, status, error, words, sentences, score, verdict, checked_at, fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, report.file(), report.sha256(), report.language(), report.status().name(),
                        cut(report.error()), report.words(), report.sentences(), report.score(),
                        report.verdict().name(), Timestamp.from(checkedAt), fingerprint)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        List<FindingReport> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            FindingReport f = findings.get(i);
            jdbc.sql("""
                    INSERT INTO mtqa_finding (file_check_id, position, category, rule, source, severity,
                      start_offset, end_offset, line, col, text, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, f.category().name(), f.rule(), f.source().jsonName(), f.severity().name(),
                            f.start(), f.end(), f.line(), f.column(), cut(f.text()), cut(f.message()))
                    .update();
        }
    }

    /**
     * Each file's latest successful check among earlier runs on the input folder, by file. An unchanged file's row
     * carries its check's hash and fingerprint, so the latest row is all that is needed, however long the history.
     */
    public Map<String, PreviousCheck> latestChecks(String inputFolder, long beforeRunId) {
        Map<String, PreviousCheck> latest = new HashMap<>();
        jdbc.sql("""
                SELECT c.file, COALESCE(c.reused_from, c.id) AS report_id, c.sha256, c.language, c.fingerprint
                FROM mtqa_file_check c JOIN (
                  SELECT k.file, MAX(k.run_id) AS run_id FROM mtqa_file_check k JOIN mtqa_run r ON r.run_id = k.run_id
                  WHERE r.input_folder = ? AND k.run_id < ? AND k.status = 'CHECKED' GROUP BY k.file) latest_run
                ON latest_run.file = c.file AND latest_run.run_id = c.run_id""")
                .params(inputFolder, beforeRunId)
                .query(rs -> {
                    String file = rs.getString("file");
                    latest.put(file, new PreviousCheck(rs.getLong("report_id"), file, rs.getString("sha256"),
                            rs.getString("language"), rs.getString("fingerprint")));
                });
        return latest;
    }

    /** Files the run has already recorded: on a restart, these are not checked again. */
    public Set<String> filesOfRunSoFar(long runId) {
        return new HashSet<>(jdbc.sql("SELECT file FROM mtqa_file_check WHERE run_id = ?").param(runId)
                .query(String.class).list());
    }

    /** Records an unchanged file in the run: a row that points at the check whose report still stands. */
    public void recordUnchanged(long runId, PreviousCheck check) {
        jdbc.sql("""
                INSERT INTO mtqa_file_check (run_id, file, sha256, language, status, error, words, sentences, score,
                  verdict, checked_at, fingerprint, reused_from)
                SELECT ?, file, sha256, language, status, error, words, sentences, score, verdict, checked_at,
                  fingerprint, id
                FROM mtqa_file_check WHERE id = ?""")
                .params(runId, check.id()).update();
    }

    /** The files of the latest earlier run on the input folder; those gone from the folder are removed inputs. */
    public List<String> filesOfPreviousRun(String inputFolder, long runId) {
        return jdbc.sql("""
                SELECT file FROM mtqa_file_check WHERE run_id = (
                  SELECT MAX(run_id) FROM mtqa_run WHERE input_folder = ? AND run_id < ?)""")
                .params(inputFolder, runId).query(String.class).list();
    }

    public void recordRemoved(long runId, String file) {
        jdbc.sql("DELETE FROM mtqa_removed_file WHERE run_id = ? AND file = ?").params(runId, file).update();
        jdbc.sql("INSERT INTO mtqa_removed_file (run_id, file) VALUES (?, ?)").params(runId, file).update();
    }

    public List<String> removedFiles(long runId) {
        return jdbc.sql("SELECT file FROM mtqa_removed_file WHERE run_id = ? ORDER BY file").param(runId)
                .query(String.class).list();
    }

    /**
     * The run's rows, each with its check in the latest earlier run on the same input folder ({@code p}; none for a
     * file seen for the first time). Takes the run id as the named parameter {@code run}.
     */
    private static final String ROWS_WITH_PREVIOUS = """
            FROM mtqa_file_check c
            LEFT JOIN mtqa_file_check p ON p.file = c.file AND p.run_id = (
              SELECT MAX(k.run_id) FROM mtqa_file_check k JOIN mtqa_run r ON r.run_id = k.run_id
              WHERE k.file = c.file AND k.run_id < :run
                AND r.input_folder = (SELECT input_folder FROM mtqa_run WHERE run_id = :run))
            WHERE c.run_id = :run""";

    /**
     * The files of a run, in file order, with their finding counts by category and what changed since each file's
     * previous check; three queries, however many files the run has.
     */
    public List<FileSummary> filesOfRun(long runId) {
        Map<Long, Map<Category, Integer>> counts = categoryCounts(runId);
        record Row(String file, FileStatus status, String error, int words, double score, Verdict verdict,
                boolean unchanged, long reportId, Long previousReportId, double previousScore) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT c.file, c.status, c.error, c.words, c.score, c.verdict, c.reused_from,
                  COALESCE(c.reused_from, c.id) AS report_id,
                  COALESCE(p.reused_from, p.id) AS previous_report_id, p.score AS previous_score
                %s
                ORDER BY c.file""".formatted(ROWS_WITH_PREVIOUS))
                .param("run", runId)
                .query((rs, n) -> new Row(rs.getString("file"),
                        FileStatus.valueOf(rs.getString("status")), rs.getString("error"), rs.getInt("words"),
                        rs.getDouble("score"), Verdict.valueOf(rs.getString("verdict")),
                        rs.getObject("reused_from") != null, rs.getLong("report_id"),
                        rs.getObject("previous_report_id", Long.class), rs.getDouble("previous_score")))
                .list();
        Map<Long, List<FindingKey>> keys = comparedFindingKeys(runId);
        List<FileSummary> files = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Map<Category, Integer> byCategory = counts.getOrDefault(row.reportId(), Map.of());
            FileChange change = row.unchanged() ? FileChange.UNCHANGED
                    : row.previousReportId() == null ? FileChange.FIRST_CHECK
                    : FileChange.between(row.previousScore(), keys.getOrDefault(row.previousReportId(), List.of()),
                            row.score(), keys.getOrDefault(row.reportId(), List.of()));
            files.add(new FileSummary(row.file(), row.status(), row.error(), row.words(), row.score(), row.verdict(),
                    byCategory.values().stream().mapToInt(Integer::intValue).sum(), byCategory, change));
        }
        return files;
    }

    /** Finding counts by category of the reports of a run's files, by report (check) id. */
    private Map<Long, Map<Category, Integer>> categoryCounts(long runId) {
        Map<Long, Map<Category, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT COALESCE(c.reused_from, c.id) AS report_id, f.category, COUNT(*) AS n FROM mtqa_file_check c
                JOIN mtqa_finding f ON f.file_check_id = COALESCE(c.reused_from, c.id)
                WHERE c.run_id = ? GROUP BY COALESCE(c.reused_from, c.id), f.category""")
                .param(runId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("report_id"), k -> new EnumMap<>(Category.class))
                            .put(Category.valueOf(rs.getString("category")), rs.getInt("n"));
                });
        return counts;
    }

    /**
     * The findings that count (MINOR or worse) of the checks a run's summary compares, by check id: those made in the
     * run that have a previous check, and those previous checks.
     */
    private Map<Long, List<FindingKey>> comparedFindingKeys(long runId) {
        Map<Long, List<FindingKey>> keys = new HashMap<>();
        jdbc.sql("""
                SELECT file_check_id, rule, text FROM mtqa_finding
                WHERE severity <> 'INFO' AND file_check_id IN (
                  SELECT c.id %1$s AND c.reused_from IS NULL AND p.id IS NOT NULL
                  UNION
                  SELECT COALESCE(p.reused_from, p.id) %1$s AND c.reused_from IS NULL AND p.id IS NOT NULL)"""
                        .formatted(ROWS_WITH_PREVIOUS))
                .param("run", runId)
                .query(rs -> {
                    keys.computeIfAbsent(rs.getLong("file_check_id"), k -> new ArrayList<>())
                            .add(new FindingKey(rs.getString("rule"), rs.getString("text")));
                });
        return keys;
    }

    /** Verdict counts and mean score of the latest completed runs on the input folder and of this run, oldest first. */
    public List<TrendPoint> trend(long runId, int runs) {
        List<TrendPoint> points = jdbc.sql("""
                SELECT r.run_id, r.started_at,
                  SUM(CASE WHEN c.status = 'CHECKED' AND c.verdict = 'PASS' THEN 1 ELSE 0 END) AS pass,
                  SUM(CASE WHEN c.status = 'CHECKED' AND c.verdict = 'REVIEW' THEN 1 ELSE 0 END) AS review,
                  SUM(CASE WHEN c.status = 'CHECKED' AND c.verdict = 'REJECT' THEN 1 ELSE 0 END) AS reject,
                  SUM(CASE WHEN c.status = 'FAILED' THEN 1 ELSE 0 END) AS failed,
                  AVG(CASE WHEN c.status = 'CHECKED' THEN c.score END) AS mean_score
                FROM mtqa_run r JOIN mtqa_file_check c ON c.run_id = r.run_id
                WHERE r.input_folder = (SELECT input_folder FROM mtqa_run WHERE run_id = ?)
                  AND (r.status = 'COMPLETED' OR r.run_id = ?) AND r.run_id <= ?
                GROUP BY r.run_id, r.started_at
                ORDER BY r.run_id DESC FETCH FIRST ? ROWS ONLY""")
                .params(runId, runId, runId, runs)
                .query((rs, n) -> new TrendPoint(rs.getLong("run_id"), rs.getTimestamp("started_at").toInstant(),
                        rs.getInt("pass"), rs.getInt("review"), rs.getInt("reject"), rs.getInt("failed"),
                        rs.getDouble("mean_score")))
                .list();
        List<TrendPoint> oldestFirst = new ArrayList<>(points);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }
}
