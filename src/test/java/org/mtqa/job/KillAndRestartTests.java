package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.MtqaApplication;
import org.mtqa.report.ExitCode;
import org.mtqa.report.JsonReports;
import org.mtqa.report.RunSummary;

/**
 * What a scheduler meets: the application runs as a child JVM, as from cron. It is killed with SIGKILL in the middle
 * of a run, which leaves no backup of the history, and the next run continues where it stopped and backs it up; while
 * a run holds the reports folder, a second one exits at once with code 1.
 */
class KillAndRestartTests {

    private static final int FILES = 8;
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void killedRun_IsContinuedByTheNextRun_WithoutCheckingAFileTwice() throws Exception {
        Path input = work.resolve("in");
        Path reports = work.resolve("reports");
        writeInput(input);

        Process first = start(input, reports, work.resolve("first.log"));
        waitFor(() -> jsonReports(reports) >= 2, first);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long reportsBeforeKill = jsonReports(reports);
        assertThat(reports.resolve(".mtqa/backup")).as("no backup of an interrupted run").doesNotExist();

        Process second = start(input, reports, work.resolve("second.log"));
        assertThat(second.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("second run finished").isTrue();

        String log = Files.readString(work.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isIn(ExitCode.OK.code(), ExitCode.GATE_FAILED.code());
        assertThat(log).contains("continuing run 1");
        try (Stream<Path> backups = Files.list(reports.resolve(".mtqa/backup"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).as("the completed run's backup")
                    .singleElement().asString().endsWith("-run1.zip");
        }
        RunSummary summary = JsonReports.parse(Files.readString(reports.resolve("summary.json")), RunSummary.class);
        assertThat(summary.runId()).isEqualTo(1);
        assertThat(summary.totals().files()).isEqualTo(FILES);
        assertThat(jsonReports(reports)).isEqualTo(FILES);
        // a file whose report was written but whose step did not commit is the only one checked twice
        assertThat(toCheckAfterRestart(log)).isBetween(FILES - (int) reportsBeforeKill, FILES - (int) reportsBeforeKill + 1);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + reports.resolve(".mtqa/history"), "sa", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM mtqa_file_check WHERE run_id = 1")).isEqualTo(FILES);
            assertThat(count(db, "SELECT COUNT(DISTINCT file) FROM mtqa_file_check WHERE run_id = 1")).isEqualTo(FILES);
            assertThat(count(db, "SELECT COUNT(*) FROM mtqa_run")).isEqualTo(1);
        }
    }

    @Test
    void secondRun_WhileTheFirstHoldsTheReportsFolder_ExitsAtOnceWithOne() throws Exception {
        Path input = work.resolve("in");
        Path reports = work.resolve("reports");
        writeInput(input);

        Process first = start(input, reports, work.resolve("first.log"));
        try {
            waitFor(() -> Files.exists(reports.resolve(".mtqa/history.mv.db")), first);
            Process second = start(input, reports, work.resolve("second.log"));

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(ExitCode.JOB_FAILED.code());
            assertThat(Files.readString(work.resolve("second.log")))
                    .contains("another mtqa run is using the reports folder")
                    .contains("process " + first.pid());
            assertThat(first.isAlive()).as("the first run goes on").isTrue();
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void writeInput(Path input) throws IOException {
        String seed = Files.readString(TestFolders.SEEDS.resolve("001_24296e0f77b93739.txt"));
        for (int i = 1; i <= FILES; i++) {
            TestFolders.write(input.resolve("article-" + i + ".txt"),
                    (seed + "\nZeile " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The application as a scheduler starts it: its own JVM, one worker, the history in H2 under the reports. */
    private static Process start(Path input, Path reports, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                MtqaApplication.class.getName(), "--mtqa.input=" + input, "--mtqa.reports=" + reports,
                "--mtqa.threads=1"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitFor(Check condition, Process process) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.holds()) {
            assertThat(process.isAlive()).as("the run is still going").isTrue();
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static long jsonReports(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(p -> p.getFileName().toString().startsWith("article-")
                    && p.getFileName().toString().endsWith(".json")).count();
        }
    }

    /** From the planner's log line: "N input files: K to check, …". */
    private static int toCheckAfterRestart(String log) {
        var matcher = java.util.regex.Pattern.compile("input files: (\\d+) to check").matcher(log);
        assertThat(matcher.find()).as(log).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
