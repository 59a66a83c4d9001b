package org.mtqa.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mtqa.check.Category;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FileSummary;
import org.mtqa.report.FindingReport;
import org.mtqa.score.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** mtqa's own tables: runs, the files checked in each run, and their findings. */
public class HistoryRepository {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;

    public HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Stores one file's report, findings included, in the caller's transaction. */
    public void recordFile(long runId, FileReport report, Instant checkedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mtqa_file_check
                  (run_id, file, sha256, language, status, error, words, sentences, score, verdict, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, report.file(), report.sha256(), report.language(), report.status().name(),
                        cut(report.error()), report.words(), report.sentences(), report.score(),
                        report.verdict().name(), Timestamp.from(checkedAt))
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

    /** The files of a run, in file order, with their finding counts by category. */
    public List<FileSummary> filesOfRun(long runId) {
        Map<Long, Map<Category, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, f.category, COUNT(*) AS n FROM mtqa_file_check c
                JOIN mtqa_finding f ON f.file_check_id = c.id
                WHERE c.run_id = ? GROUP BY c.id, f.category""")
                .param(runId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("id"), k -> new EnumMap<>(Category.class))
                            .put(Category.valueOf(rs.getString("category")), rs.getInt("n"));
                });
        List<FileSummary> rows = new ArrayList<>();
        jdbc.sql("SELECT id, file, status, error, words, score, verdict FROM mtqa_file_check WHERE run_id = ? ORDER BY file")
                .param(runId)
                .query(rs -> {
                    Map<Category, Integer> byCategory = counts.getOrDefault(rs.getLong("id"), Map.of());
                    rows.add(new FileSummary(rs.getString("file"), FileStatus.valueOf(rs.getString("status")),
                            rs.getString("error"), rs.getInt("words"), rs.getDouble("score"),
                            Verdict.valueOf(rs.getString("verdict")),
                            byCategory.values().stream().mapToInt(Integer::intValue).sum(), byCategory));
                });
        return rows;
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }
}
