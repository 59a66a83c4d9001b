package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mtqa.article.ArticleDecoder;
import org.mtqa.evaluation.GoldEvaluation;
import org.mtqa.evaluation.GoldRow;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FindingReport;
import org.mtqa.report.JsonReports;
import org.mtqa.report.RunSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Runs the real job over a copy of the seeds plus a BOM/CRLF file and a broken file, and reads what it wrote. */
@SpringBatchTest
@SpringBootTest(properties = {
        "mtqa.run-on-startup=false",
        "mtqa.threads=2",
        "spring.datasource.url=jdbc:h2:mem:functional;DB_CLOSE_DELAY=-1"})
class QualityJobFunctionalTests {

    private static final Path WORK = TestFolders.newTempFolder("mtqa-functional");
    private static final Path INPUT = WORK.resolve("in");
    private static final Path REPORTS = WORK.resolve("reports");
    /** BOM, CRLF line ends and a misspelling ("letzen") on the second line. */
    private static final byte[] BOM_CRLF = bytes("\uFEFFBerlin, im Juni.\r\nBei ihrem letzen Treffen stimmten sie zu.\r\n");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.copySeeds(INPUT);
        TestFolders.write(INPUT.resolve("extra/bom-crlf.txt"), BOM_CRLF);
        TestFolders.write(INPUT.resolve("extra/broken.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
        registry.add("mtqa.input", INPUT::toString);
        registry.add("mtqa.reports", REPORTS::toString);
    }

    /** Every test reads the outcome of one run: checking the seeds with LanguageTool takes a while. */
    private static JobExecution onlyRun;

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    private JobExecution runJobOnce() throws Exception {
        if (onlyRun == null) {
            onlyRun = jobOperatorTestUtils.startJob(jobOperatorTestUtils.getUniqueJobParameters());
        }
        return onlyRun;
    }

    @Test
    void qualityJob_WhenRunOverSeeds_ThenEveryFileHasReportsAndTheRunASummary() throws Exception {
        // given seven input files: five seeds, one with BOM and CRLF, one not UTF-8

        // when
        JobExecution execution = runJobOnce();

        // then the job completed: one worker step per file, each read, processed and written once
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> fileSteps = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("checkFile:")).toList();
        assertThat(fileSteps).hasSize(7).allSatisfy(step -> {
            assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(step.getReadCount()).isEqualTo(1);
            assertThat(step.getWriteCount()).isEqualTo(1);
            assertThat(step.getSkipCount()).isZero();
            assertThat(step.getRollbackCount()).isZero();
            assertThat(step.getCommitCount()).isEqualTo(1);
        });

        // and the seeds' known artefacts are flagged
        assertFlags("000_ed383d653d7603f8.txt", "anwo", "Pjöngjanglaut", "PREV Messi", "NEXT Amerika");
        assertFlags("001_24296e0f77b93739.txt", "letzen");
        assertFlags("002_4b7fe444fce4083d.txt", "LNordkorea", "NEXT Die NATO");

        // and the summary lists every file, the broken one with its reason, and fails the gate
        RunSummary summary = JsonReports.parse(Files.readString(REPORTS.resolve("summary.json")), RunSummary.class);
        assertThat(summary.totals().files()).isEqualTo(7);
        assertThat(summary.totals().checked()).isEqualTo(6);
        assertThat(summary.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.file()).isEqualTo("extra/broken.txt");
            assertThat(failed.reason()).contains("not valid UTF-8").contains("byte offset 1");
        });
        assertThat(summary.gate().exitCode()).isEqualTo(2);
        assertThat(execution.getExecutionContext().getInt(QualityJobConfiguration.EXIT_CODE_KEY)).isEqualTo(2);
        assertThat(Files.readString(REPORTS.resolve("index.html")))
                .contains("000_ed383d653d7603f8.txt", "extra/broken.txt", "not valid UTF-8");
    }

    @Test
    void qualityJob_WhenFileHasBomAndCrlf_ThenOffsetsIndexTheDecodedText() throws Exception {
        // given the decoded text of the BOM/CRLF file
        String text = ArticleDecoder.decode(BOM_CRLF);
        assertThat(text).doesNotStartWith("\uFEFF").contains("\r\n");

        // when
        runJobOnce();

        // then every finding's span is the text it reports, and "letzen" is on line 2 where it stands
        FileReport report = report("extra/bom-crlf.txt");
        assertThat(report.findings()).isNotEmpty().allSatisfy(
                f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
        FindingReport letzen = report.findings().stream().filter(f -> f.text().equals("letzen")).findFirst().orElseThrow();
        assertThat(letzen.start()).isEqualTo(text.indexOf("letzen"));
        assertThat(letzen.line()).isEqualTo(2);
        assertThat(letzen.column()).isEqualTo(text.indexOf("letzen") - text.indexOf("Bei") + 1);
    }

    @Test
    void qualityJob_WhenFileIsNotUtf8_ThenItGetsAFailedReportAndTheOthersAreChecked() throws Exception {
        // when
        JobExecution execution = runJobOnce();

        // then
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        FileReport broken = report("extra/broken.txt");
        assertThat(broken.status()).isEqualTo(FileStatus.FAILED);
        assertThat(broken.error()).isEqualTo("not valid UTF-8: malformed byte 0xC3 at byte offset 1");
        assertThat(Files.readString(REPORTS.resolve("extra/broken.html"))).contains("could not be checked");
        assertThat(report("000_ed383d653d7603f8.txt").status()).isEqualTo(FileStatus.CHECKED);
    }

    @Test
    void htmlReport_WhenRendered_ThenEachFindingHasOneHighlightWithItsSpan() throws Exception {
        // when
        runJobOnce();

        // then
        for (String seed : TestFolders.seedNames()) {
            FileReport report = report(seed);
            String html = Files.readString(REPORTS.resolve(seed.replace(".txt", ".html")));
            Matcher marks = Pattern.compile("<mark id=\"f(\\d+)\"[^>]*data-start=\"(\\d+)\" data-end=\"(\\d+)\"").matcher(html);
            int count = 0;
            while (marks.find()) {
                FindingReport finding = report.findings().get(Integer.parseInt(marks.group(1)));
                assertThat(Integer.parseInt(marks.group(2))).isEqualTo(finding.start());
                assertThat(Integer.parseInt(marks.group(3))).isEqualTo(finding.end());
                count++;
            }
            assertThat(count).as(seed).isEqualTo(report.findings().size());
        }
    }

    @Test
    void qualityJob_WhenRunOverSeeds_ThenItFindsTheGoldArtefacts() throws Exception {
        // given the artefacts a careful reader finds in the seeds
        List<GoldRow> gold = GoldRow.read(Path.of("src/test/resources/gold/seeds-artefacts.tsv"));

        // when
        runJobOnce();

        // then at least 95% of the required rows are found
        GoldEvaluation.Result result = GoldEvaluation.evaluate(gold, file -> uncheckedReport(file),
                file -> uncheckedRead(INPUT.resolve(file)));
        assertThat(result.recall()).as("required rows found; missed: %s", result.missed()).isGreaterThanOrEqualTo(0.95);
    }

    private static FileReport uncheckedReport(String file) {
        try {
            return report(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uncheckedRead(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertFlags(String file, String... surfaces) throws IOException {
        FileReport report = report(file);
        String text = Files.readString(INPUT.resolve(file));
        for (String surface : surfaces) {
            int start = text.indexOf(surface);
            int end = start + surface.length();
            assertThat(start).as(surface).isNotNegative();
            assertThat(report.findings()).as("a finding on '%s' in %s", surface, file)
                    .anyMatch(f -> f.start() < end && start < f.end());
        }
    }

    private static FileReport report(String file) throws IOException {
        Path json = REPORTS.resolve(file.replace(".txt", ".json"));
        return JsonReports.parse(Files.readString(json), FileReport.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
