package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.MtqaApplication;
import org.mtqa.report.DiskFull;
import org.mtqa.report.ExitCode;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.JsonReports;
import org.mtqa.report.ReportFiles;
import org.mtqa.report.RunSummary;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A disk that fills up while the application runs as from the command line, played by a {@link DiskFull} under the
 * reports: first while a file's page is written, then while the index is. Each run ends with one line naming the report
 * and the cause and exit code 1, leaves no half-written report, and the run after space is freed completes.
 */
@ExtendWith(OutputCaptureExtension.class)
class DiskFullTests {

    private static final String CLEAN_GERMAN = """
            Die Regierung hat am Montag neue Regeln für den Handel beschlossen. Sie sollen im kommenden Jahr gelten.
            """;
    private static final List<String> FILES = List.of("a.txt", "b.txt", "c.txt");

    @TempDir
    Path work;

    @Test
    void runs_WhenTheDiskFillsUp_ThenEachSaysWhereAndWhyAndExitsWithOne_AndTheRunAfterSpaceIsFreedCompletes(
            CapturedOutput output) throws IOException {
        Path reports = work.resolve("reports");
        FILES.forEach(file -> TestFolders.write(work.resolve("in").resolve(file),
                CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8)));

        // when the disk fills up while b's page is written
        int first = run(target -> target.equals(reports.resolve("b.html")));

        // then the run stops with one line naming the page and the cause, and b has no report, not even a part of one
        assertThat(first).isEqualTo(ExitCode.JOB_FAILED.code());
        String firstLog = output.getAll();
        assertThat(errorLines(firstLog)).singleElement().asString()
                .contains("mtqa: job FAILED: cannot write report " + reports.resolve("b.html")
                        + ": No space left on device", "the next run continues", "exit code 1");
        assertThat(firstLog).doesNotContain("\tat org.");
        assertThat(reports.resolve("b.json")).doesNotExist();
        assertThat(reports.resolve("b.html")).doesNotExist();
        assertThat(reports.resolve("index.html")).doesNotExist();
        assertOnlyWholeReports(reports);

        // when, in the next run, the disk fills up while the index is written
        int second = run(target -> target.equals(reports.resolve("index.html")));

        // then b is checked, the index and the summary are not written, neither of them
        assertThat(second).isEqualTo(ExitCode.JOB_FAILED.code());
        String secondLog = output.getAll().substring(firstLog.length());
        assertThat(secondLog).contains("continuing run 1");
        assertThat(errorLines(secondLog)).singleElement().asString()
                .contains("cannot write report " + reports.resolve("index.html") + ": No space left on device");
        assertThat(report(reports, "b.txt").status()).isEqualTo(FileStatus.CHECKED);
        assertThat(reports.resolve("index.html")).doesNotExist();
        assertThat(reports.resolve("summary.json")).doesNotExist();
        assertOnlyWholeReports(reports);

        // when there is room again
        int third = run(target -> false);

        // then the run completes: every file once in the summary, its reports whole, the index written
        assertThat(third).isEqualTo(ExitCode.OK.code());
        assertThat(output.getAll().substring(firstLog.length() + secondLog.length())).contains("continuing run 1")
                .contains("mtqa: job COMPLETED; 3 files");
        RunSummary summary = JsonReports.parse(Files.readString(reports.resolve("summary.json")), RunSummary.class);
        assertThat(summary.runId()).isEqualTo(1);
        assertThat(summary.files()).extracting(f -> f.file()).containsExactlyElementsOf(FILES);
        assertThat(reports.resolve("index.html")).content().contains("b.txt").endsWith("</html>\n");
        assertOnlyWholeReports(reports);
    }

    /** The application as the command line starts it, with the reports on a disk that is full for {@code full}. */
    private int run(Predicate<Path> full) {
        ApplicationContextInitializer<GenericApplicationContext> fullDisk = context -> context.registerBean(
                "fullDisk", ReportFiles.class, () -> new ReportFiles(work.resolve("reports"), DiskFull.when(full)),
                definition -> definition.setPrimary(true));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MtqaApplication.class)
                .initializers(fullDisk)
                .run("--mtqa.input=" + work.resolve("in"), "--mtqa.reports=" + work.resolve("reports"),
                        "--mtqa.threads=1");
        return SpringApplication.exit(context);
    }

    private static List<String> errorLines(String log) {
        return log.lines().filter(line -> line.contains(" ERROR ")).toList();
    }

    /** No temp file is left, and every report there is is complete: its JSON parses, its page ends. */
    private static void assertOnlyWholeReports(Path reports) throws IOException {
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(reports.resolve(".mtqa")))
                    .toList()) {
                String name = file.getFileName().toString();
                assertThat(name).as(file.toString()).doesNotEndWith(".tmp");
                if (name.endsWith(".json")) {
                    Class<?> shape = name.equals("summary.json") ? RunSummary.class : FileReport.class;
                    assertThat(JsonReports.parse(Files.readString(file), shape)).as(file.toString()).isNotNull();
                } else {
                    assertThat(file).content().endsWith("</html>\n");
                }
            }
        }
    }

    private static FileReport report(Path reports, String file) throws IOException {
        return JsonReports.parse(Files.readString(new ReportFiles(reports).jsonReport(file)), FileReport.class);
    }
}
