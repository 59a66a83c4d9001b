package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.HistoryGuard;
import org.mtqa.MtqaApplication;
import org.mtqa.report.ExitCode;
import org.mtqa.report.JsonReports;
import org.mtqa.report.RunSummary;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A history that survives damage, as an operator meets it: each completed run leaves a backup; a truncated history
 * stops the next run with one line and exit code 1; {@code mtqa.history.recover=restore} and {@code =new} go on; a
 * run that fails leaves the backups as they were.
 */
@ExtendWith(OutputCaptureExtension.class)
class DamagedHistoryTests {

    private static final String CLEAN_GERMAN = """
            Die Regierung hat am Montag neue Regeln für den Handel beschlossen. Sie sollen im kommenden Jahr gelten.
            """;
    /** The two copies of the header at the start of an H2 file: cut right after them, every chunk of data is lost. */
    private static final int HEADER_BYTES = 8192;

    @TempDir
    Path work;

    @Test
    void truncatedHistory_StopsTheRunWithOneLine_ThenRestoreAndNewGoOn(CapturedOutput output) throws Exception {
        TestFolders.write(work.resolve("in/a.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));
        TestFolders.write(work.resolve("in/b.txt"), (CLEAN_GERMAN + "Der Handel reagierte gelassen.\n")
                .getBytes(StandardCharsets.UTF_8));
        Path history = work.resolve("reports/.mtqa/history.mv.db");
        Path backups = work.resolve("reports/.mtqa/backup");

        assertThat(run()).isEqualTo(ExitCode.OK.code());
        assertThat(zips(backups)).singleElement().asString().matches("history-\\d{8}T\\d{6}\\.\\d{3}Z-run1\\.zip");
        assertThat(output).contains("mtqa: history backed up to " + backups);

        truncate(history);
        Path log = work.resolve("damaged.log");
        Process damaged = startProcess(log);
        assertThat(damaged.waitFor(2, TimeUnit.MINUTES)).as("the damaged run ended").isTrue();
        String lines = Files.readString(log);
        assertThat(damaged.exitValue()).as(lines).isEqualTo(ExitCode.JOB_FAILED.code());
        assertThat(lines.lines().filter(line -> line.contains("mtqa: "))).singleElement().asString()
                .contains("ERROR mtqa: the history database " + history + " is damaged (",
                        "--mtqa.history.recover=restore", "--mtqa.history.recover=new", "exit code 1");
        assertThat(lines).doesNotContain("Exception", "\tat ", "org.h2");
        assertThat(history).hasSize(HEADER_BYTES);

        assertThat(run("--mtqa.history.recover=restore")).isEqualTo(ExitCode.OK.code());
        assertThat(output).contains("WARN  mtqa: the history database " + history + " is damaged (",
                "and restored the backup history-", "(after run 1)");
        // run ids come from an H2 sequence, which hands them out in blocks: the restored one skips some
        assertThat(runs(history)).hasSize(2).first().isEqualTo(1L);
        assertThat(zips(backups)).hasSize(2);
        assertThat(damagedFiles()).hasSize(1);
        RunSummary afterRestore = summary();
        assertThat(afterRestore.totals().unchanged()).isEqualTo(2);

        truncate(history);
        assertThat(run("--mtqa.history.recover=new")).isEqualTo(ExitCode.OK.code());
        assertThat(output).contains("and started a new history");
        assertThat(runs(history)).containsExactly(1L);
        assertThat(summary().totals().checked()).as("every file checked again").isEqualTo(2);
        assertThat(damagedFiles()).hasSize(2);
        assertThat(zips(backups)).hasSize(1);
        assertThat(work.resolve("reports/a.json")).exists();
    }

    @Test
    void failedRun_MakesNoBackup_AndSaysSo(CapturedOutput output) throws Exception {
        TestFolders.write(work.resolve("in/a.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));
        // the index cannot replace a folder that holds a file: the summary step fails, and with it the job
        TestFolders.write(work.resolve("reports/index.html/keep.txt"), new byte[] {1});

        assertThat(run()).isEqualTo(ExitCode.JOB_FAILED.code());

        assertThat(output).contains("mtqa: no backup of the history, as the run did not complete");
        assertThat(zips(work.resolve("reports/.mtqa/backup"))).isEmpty();
    }

    @Test
    void unknownRecovery_StopsTheStartWithOneLine(CapturedOutput output) {
        TestFolders.write(work.resolve("in/a.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> run("--mtqa.history.recover=maybe")).isInstanceOf(HistoryGuard.Stopped.class);

        assertThat(output).contains("ERROR mtqa: mtqa.history.recover=maybe is not valid: mtqa.history.recover is"
                + " none, restore or new").doesNotContain("APPLICATION FAILED TO START");
        assertThat(work.resolve("reports/.mtqa/history.mv.db")).doesNotExist();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--mtqa.input=" + work.resolve("in"), "--mtqa.reports=" + work.resolve("reports"),
                "--mtqa.threads=1"));
        return SpringApplication.exit(SpringApplication.run(MtqaApplication.class, all.toArray(String[]::new)));
    }

    /** The application as a scheduler starts it, in a JVM of its own, so that its exit code and console show. */
    private Process startProcess(Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                MtqaApplication.class.getName(), "--mtqa.input=" + work.resolve("in"),
                "--mtqa.reports=" + work.resolve("reports"), "--mtqa.threads=1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void truncate(Path file) throws IOException {
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), HEADER_BYTES));
    }

    private static List<String> zips(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).toList();
        }
    }

    private List<String> damagedFiles() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("reports/.mtqa"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("history-damaged-")).toList();
        }
    }

    private RunSummary summary() throws IOException {
        return JsonReports.parse(Files.readString(work.resolve("reports/summary.json")), RunSummary.class);
    }

    private static List<Long> runs(Path history) throws Exception {
        String url = "jdbc:h2:file:" + history.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = db.createStatement().executeQuery("SELECT run_id FROM mtqa_run ORDER BY 1")) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }
}
