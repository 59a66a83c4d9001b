package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mtqa.article.InputFiles;
import org.mtqa.config.MtqaProperties;
import org.mtqa.history.HistoryRepository;
import org.mtqa.report.FileSummary;
import org.mtqa.report.JsonReports;
import org.mtqa.report.ReportFiles;
import org.mtqa.report.RunSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the job again and again over one folder: unchanged files are not checked again, changed and new ones are,
 * reports of removed inputs go, and the summary and index show what changed and the trend.
 */
@SpringBatchTest
// each context holds a LanguageTool per worker thread: close it after the class instead of caching it
@DirtiesContext
@SpringBootTest(properties = {
        "mtqa.run-on-startup=false",
        "mtqa.threads=1",
        "spring.datasource.url=jdbc:h2:mem:incremental;DB_CLOSE_DELAY=-1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRunTests {

    private static final Path WORK = TestFolders.newTempFolder("mtqa-incremental");
    private static final Path INPUT = WORK.resolve("in");
    private static final Path REPORTS = WORK.resolve("reports");

    private static final String SHORT_NEWS = """
            Die Regierung hat am Montag neue Regeln für den Handel beschlossen. Sie sollen im kommenden Jahr gelten.
            Bei ihrem letzen Treffen stimmten die Minister zu.
            """;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        write("a.txt", SHORT_NEWS);
        write("b.txt", SHORT_NEWS + "Die Opposition kritisierte den Beschluss.\n");
        write("sub/c.txt", SHORT_NEWS + "Der Handel reagierte gelassen.\n");
        registry.add("mtqa.input", INPUT::toString);
        registry.add("mtqa.reports", REPORTS::toString);
    }

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    private HistoryRepository history;
    @Autowired
    private MtqaProperties properties;
    @Autowired
    private CheckFingerprint fingerprint;
    @Autowired
    private JdbcClient jdbc;

    @Test
    @Order(1)
    void firstRun_ChecksEveryFile() throws Exception {
        RunSummary summary = run();

        assertThat(summary.totals().checked()).isEqualTo(3);
        assertThat(summary.totals().unchanged()).isZero();
        assertThat(summary.files()).allSatisfy(f -> assertThat(f.change().firstCheck()).isTrue());
        assertThat(summary.trend()).hasSize(1);
    }

    @Test
    @Order(2)
    void secondRun_WhenNothingChanged_ChecksNothingAndKeepsTheReports() throws Exception {
        Path report = REPORTS.resolve("a.json");
        FileTime written = Files.getLastModifiedTime(report);

        RunSummary summary = run();

        assertThat(summary.totals().checked()).isZero();
        assertThat(summary.totals().unchanged()).isEqualTo(3);
        assertThat(summary.files()).allSatisfy(f -> assertThat(f.change().unchanged()).isTrue());
        // unchanged files keep their verdicts and finding counts for the gate and the index
        assertThat(summary.files()).extracting(FileSummary::findings).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(written);
    }

    @Test
    @Order(3)
    void thirdRun_ChecksChangedAndNewFiles_AndRemovesReportsOfDeletedInputs() throws Exception {
        write("a.txt", SHORT_NEWS.replace("letzen", "letzten"));
        write("d.txt", SHORT_NEWS);
        Files.delete(INPUT.resolve("b.txt"));

        RunSummary summary = run();

        assertThat(summary.totals().checked()).isEqualTo(2);
        assertThat(summary.totals().unchanged()).isEqualTo(1);
        assertThat(summary.totals().removed()).isEqualTo(1);
        assertThat(summary.removed()).containsExactly("b.txt");
        assertThat(REPORTS.resolve("b.json")).doesNotExist();
        assertThat(REPORTS.resolve("b.html")).doesNotExist();
        Map<String, FileSummary> files = byFile(summary);
        assertThat(files.get("a.txt").change().fixedFindings()).isEqualTo(1);
        assertThat(files.get("a.txt").change().newFindings()).isZero();
        assertThat(files.get("a.txt").change().scoreDelta()).isPositive();
        assertThat(files.get("d.txt").change().firstCheck()).isTrue();
        assertThat(files.get("sub/c.txt").change().unchanged()).isTrue();
    }

    @Test
    @Order(4)
    void index_ShowsWhatChangedAndTheTrendOfTheRuns() throws Exception {
        String index = Files.readString(REPORTS.resolve("index.html"));
        RunSummary summary = JsonReports.parse(Files.readString(REPORTS.resolve("summary.json")), RunSummary.class);

        assertThat(summary.trend()).hasSize(3);
        assertThat(index).contains("<svg class=\"trend\"").contains("<polyline points=")
                .contains("unchanged").contains("first check").contains("1 fixed").contains("b.txt");
    }

    @Test
    @Order(5)
    void history_HasOneRowPerFileAndRun_AndUnchangedRowsPointAtTheirCheck() {
        Integer duplicates = jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT run_id, file FROM mtqa_file_check GROUP BY run_id, file HAVING COUNT(*) > 1) d""")
                .query(Integer.class).single();
        Integer unchangedWithFindings = jdbc.sql("""
                SELECT COUNT(*) FROM mtqa_file_check c WHERE c.reused_from IS NOT NULL
                  AND EXISTS (SELECT 1 FROM mtqa_finding f WHERE f.file_check_id = c.reused_from)""")
                .query(Integer.class).single();

        assertThat(duplicates).isZero();
        assertThat(unchangedWithFindings).isEqualTo(4);
    }

    @Test
    @Order(6)
    void fullRun_ChecksUnchangedFilesToo() {
        MtqaProperties full = new MtqaProperties(properties.input(), properties.include(), properties.reports(),
                properties.language(), properties.threads(), properties.verdict(), properties.gate(),
                properties.languagetool(), properties.evaluation(), properties.allowList(), true,
                properties.progressInterval(), properties.fallbackEncoding(), properties.writeFixed(),
                properties.inject(), properties.history());
        long nextRun = jdbc.sql("SELECT MAX(run_id) + 1 FROM mtqa_run").query(Long.class).single();

        RunPlanner planner = new RunPlanner(full, history, new ReportFiles(REPORTS), fingerprint, InputFiles.DISK);

        assertThat(planner.filesToCheck(nextRun)).extracting(RunPlanner.ToCheck::file).containsExactly("a.txt", "d.txt", "sub/c.txt");
    }

    private RunSummary run() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(jobOperatorTestUtils.getUniqueJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return JsonReports.parse(Files.readString(REPORTS.resolve("summary.json")), RunSummary.class);
    }

    private static Map<String, FileSummary> byFile(RunSummary summary) {
        return summary.files().stream().collect(java.util.stream.Collectors.toMap(FileSummary::file, f -> f));
    }

    private static void write(String name, String text) {
        TestFolders.write(INPUT.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
