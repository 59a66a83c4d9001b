package org.mtqa.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.report.FileChange;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FileSummary;
import org.mtqa.report.FindingReport;
import org.mtqa.score.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What a run's files changed since their previous checks, on a history written as the job writes it: matched by rule
 * and text, INFO left out, unchanged rows pointing at their check, other input folders ignored.
 */
class HistoryRepositoryTest {

    private static final FindingReport TYPO = finding(Severity.MAJOR, "GERMAN_SPELLER_RULE", "letzen");
    private static final FindingReport FUSED = finding(Severity.MINOR, "MTQA_FUSED_WORD", "anwo");
    private static final FindingReport SPACE = finding(Severity.MAJOR, "MTQA_MISSING_SPACE", "Ende.Der");
    private static final FindingReport NAME = finding(Severity.INFO, "GERMAN_SPELLER_RULE", "Nordkorea");

    /** Statements prepared or created on the history's connections. */
    private final AtomicInteger statements = new AtomicInteger();
    private HistoryRepository history;

    @BeforeEach
    void migrate() {
        DataSource h2 = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(h2).load().migrate();
        history = new HistoryRepository(JdbcClient.create(new DelegatingDataSource(h2) {
            @Override
            public Connection getConnection() throws SQLException {
                return counting(super.getConnection());
            }
        }));
    }

    @Test
    void filesOfRun_ComparesEachFileWithItsCheckInTheLatestEarlierRunOnTheFolder() {
        run(1, "in", report("a.txt", 80, TYPO, FUSED, NAME), report("b.txt", 90));
        run(2, "elsewhere", report("a.txt", 10, SPACE, SPACE));
        run(3, "in", report("a.txt", 85.04, FUSED, SPACE, SPACE, NAME, NAME), report("c.txt", 70));
        history.recordUnchanged(3, history.latestChecks("in", 3).get("b.txt"));
        run(4, "in", report("b.txt", 87, SPACE));

        Map<String, FileChange> third = changes(3);
        Map<String, FileChange> fourth = changes(4);

        assertThat(third).containsExactly(
                Map.entry("a.txt", new FileChange(false, false, 80.0, 5.0, 2, 1)),
                Map.entry("b.txt", FileChange.UNCHANGED),
                Map.entry("c.txt", FileChange.FIRST_CHECK));
        // b.txt's previous row is the unchanged one of run 3, which stands for run 1's check
        assertThat(fourth).containsExactly(Map.entry("b.txt", new FileChange(false, false, 90.0, -3.0, 1, 0)));
    }

    @Test
    void filesOfRun_TakesThreeStatementsHoweverManyFilesTheRunHas() {
        FileReport[] files = "abcdefghij".chars()
                .mapToObj(c -> report((char) c + ".txt", 80, TYPO, FUSED)).toArray(FileReport[]::new);
        run(1, "in", files);
        run(2, "in", Arrays.copyOf(files, 2));
        run(3, "in", files);

        assertThat(statementsFor(2)).isEqualTo(3);
        assertThat(statementsFor(3)).isEqualTo(3);
    }

    private void run(long runId, String inputFolder, FileReport... files) {
        history.startRun(runId, Instant.EPOCH, inputFolder, "de-DE");
        for (FileReport file : files) {
            history.recordFile(runId, file, "fingerprint", Instant.EPOCH);
        }
    }

    private Map<String, FileChange> changes(long runId) {
        return history.filesOfRun(runId).stream()
                .collect(Collectors.toMap(FileSummary::file, FileSummary::change, (a, b) -> a, LinkedHashMap::new));
    }

    private int statementsFor(long runId) {
        statements.set(0);
        history.filesOfRun(runId);
        return statements.get();
    }

    private static FileReport report(String file, double score, FindingReport... findings) {
        return new FileReport(file, "sha-" + file, FileStatus.CHECKED, null, "UTF-8", "de-DE", 100, 5, score,
                Verdict.REVIEW, Map.of(), List.of(findings));
    }

    private static FindingReport finding(Severity severity, String rule, String text) {
        return new FindingReport(Category.SPELLING, rule, Source.LANGUAGETOOL, severity, 0, text.length(), 1, 1, text,
                "message", List.of());
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
