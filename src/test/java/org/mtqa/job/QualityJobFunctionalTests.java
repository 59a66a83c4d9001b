package org.mtqa.job;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mtqa.article.ArticleDecoder;
import org.mtqa.article.InputFiles;
import org.mtqa.config.MtqaProperties;
import org.mtqa.evaluation.GoldEvaluation;
import org.mtqa.evaluation.GoldRow;
import org.mtqa.finding.Category;
import org.mtqa.history.HistoryRepository;
import org.mtqa.report.ExitCode;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileSummary;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FindingReport;
import org.mtqa.report.JsonReports;
import org.mtqa.report.LongNames;
import org.mtqa.report.ReportFiles;
import org.mtqa.report.RunSummary;
import org.mtqa.score.Verdict;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Runs the real job over a copy of the seeds plus files of every kind of bad input (BOM and CRLF, other encodings,
 * empty, binary, a dangling link, deep folders, odd names, names of 255 bytes, a huge token, a folder that cannot be
 * listed), and reads what it wrote.
 */
@SpringBatchTest
// each context holds a LanguageTool per worker thread: close it after the class instead of caching it
@DirtiesContext
@Import(QualityJobFunctionalTests.LockedFolder.class)
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
    /** German text with umlauts, German quotes and a misspelling ("letzen"), for the other encodings. */
    private static final String GERMAN = "Köln, im Juni.\r\n„Bei ihrem letzen Treffen stimmten sie zu“, sagte er.\r\n";
    private static final String SCRIPT = "<script>alert(1)</script>";
    /** A file name with a space, an umlaut and HTML's special characters; its '/' makes a folder. */
    private static final String ODD_NAME = "names/Bericht über " + SCRIPT + " & \"Zitat\".txt";
    private static final String DEEP = "deep/" + "d/".repeat(39) + "tief.txt";
    private static final String LONG_TOKEN = "a".repeat(10_000);
    private static final String BROKEN_REASON = "not valid UTF-8: malformed byte 0xC3 at byte offset 1, nor "
            + "windows-1252 text (not valid windows-1252: malformed byte 0x81 at byte offset 4)";
    /** Names of 255 bytes, the longest Linux allows, one in two-byte characters, one of one to four bytes. */
    private static final List<String> LONG_NAMES = List.of("long/" + LongNames.of255Bytes("ü"),
            "long/" + LongNames.of255Bytes("Bericht über den Gipfel – 🇩🇪 € "));
    /** A folder the run cannot list (see {@link LockedFolder}). */
    private static final String LOCKED = "locked/";
    /** The files that cannot be checked, with the reason each gets. */
    private static final Map<String, String> FAILED = Map.of(
            "extra/broken.txt", BROKEN_REASON,
            "extra/empty.txt", "empty file",
            "extra/binary.txt", "binary file: contains NUL bytes, first at byte offset 8",
            "extra/dangling.txt", "cannot read: symbolic link to a missing file (nowhere.txt)",
            LOCKED, "cannot list folder: permission denied; files in it are missing from this run");
    private static final int FILES = TestFolders.seedNames().size() + 7 + LONG_NAMES.size() + FAILED.size();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.copySeeds(INPUT);
        TestFolders.write(INPUT.resolve("extra/bom-crlf.txt"), BOM_CRLF);
        // 0xC3 starts a UTF-8 sequence that "(" breaks; 0x81 is no windows-1252 character either
        TestFolders.write(INPUT.resolve("extra/broken.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b', (byte) 0x81});
        TestFolders.write(INPUT.resolve("extra/empty.txt"), new byte[0]);
        TestFolders.write(INPUT.resolve("extra/binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
                '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        TestFolders.write(INPUT.resolve("encodings/windows-1252.txt"), GERMAN.getBytes(Charset.forName("windows-1252")));
        TestFolders.write(INPUT.resolve("encodings/utf-16le.txt"), ("\uFEFF" + GERMAN).getBytes(UTF_16LE));
        TestFolders.write(INPUT.resolve("encodings/utf-16be.txt"), ("\uFEFF" + GERMAN).getBytes(UTF_16BE));
        TestFolders.write(INPUT.resolve(DEEP), bytes(GERMAN));
        TestFolders.write(INPUT.resolve(ODD_NAME), bytes("Die Seite enthielt " + SCRIPT + " im Text.\n"));
        TestFolders.write(INPUT.resolve("extra/long-token.txt"), bytes("Er schrieb " + LONG_TOKEN + " und ging.\n"));
        LONG_NAMES.forEach(name -> TestFolders.write(INPUT.resolve(name), bytes(GERMAN)));
        TestFolders.write(INPUT.resolve(LOCKED + "inside.txt"), bytes(GERMAN));
        try {
            Files.createSymbolicLink(INPUT.resolve("extra/dangling.txt"), Path.of("nowhere.txt"));
            // a folder is no article, whatever its name
            Files.createDirectories(INPUT.resolve("extra/folder.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("mtqa.input", INPUT::toString);
        registry.add("mtqa.reports", REPORTS::toString);
    }

    /** Every test reads the outcome of one run: checking the seeds with LanguageTool takes a while. */
    private static JobExecution onlyRun;

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private ApplicationContext context;

    private JobExecution runJobOnce() throws Exception {
        if (onlyRun == null) {
            onlyRun = jobOperatorTestUtils.startJob(jobOperatorTestUtils.getUniqueJobParameters());
        }
        return onlyRun;
    }

    @Test
    void qualityJob_WhenRunOverSeeds_ThenEveryFileHasReportsAndTheRunASummary() throws Exception {
        // given the seeds and the bad input files

        // when
        JobExecution execution = runJobOnce();

        // then the job completed: one worker step per file, each read, processed and written once
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> fileSteps = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("checkFile:")).toList();
        assertThat(fileSteps).hasSize(FILES).allSatisfy(step -> {
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

        // and the summary lists every file, those that cannot be checked with their reasons, and fails the gate
        RunSummary summary = JsonReports.parse(Files.readString(REPORTS.resolve("summary.json")), RunSummary.class);
        assertThat(summary.totals().files()).isEqualTo(FILES);
        assertThat(summary.totals().checked()).isEqualTo(FILES - FAILED.size());
        assertThat(summary.failed()).hasSize(FAILED.size()).allSatisfy(
                failed -> assertThat(failed.reason()).isEqualTo(FAILED.get(failed.file())));
        assertThat(summary.gate().exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(execution.getExecutionContext().getInt(QualityJobConfiguration.EXIT_CODE_KEY))
                .isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(Files.readString(REPORTS.resolve("index.html")))
                .contains("000_ed383d653d7603f8.txt", "extra/broken.txt", "not valid UTF-8", "extra/dangling.txt",
                        "cannot read: symbolic link to a missing file");
    }

    @Test
    void qualityJob_WhenInputIsBad_ThenEachFileHasAFailedReportWithItsReason() throws Exception {
        // when
        runJobOnce();

        // then
        for (Map.Entry<String, String> bad : FAILED.entrySet()) {
            FileReport report = report(bad.getKey());
            assertThat(report.status()).as(bad.getKey()).isEqualTo(FileStatus.FAILED);
            assertThat(report.error()).isEqualTo(bad.getValue());
            assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        }
        // and a folder named like an article is no input
        assertThat(REPORTS.resolve("extra/folder.json")).doesNotExist();
    }

    @Test
    void qualityJob_WhenANameHas255Bytes_ThenItsReportsHaveShortenedNamesAndKeepTheFullName() throws Exception {
        // when
        runJobOnce();

        // then each is checked, its reports are at shortened names that fit, and the JSON and index give its full name
        ReportFiles layout = new ReportFiles(REPORTS);
        String index = Files.readString(REPORTS.resolve("index.html"));
        for (String name : LONG_NAMES) {
            Path json = layout.jsonReport(name);
            assertThat(json.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(255);
            FileReport report = report(name);
            assertThat(report.file()).isEqualTo(name);
            assertThat(report.status()).isEqualTo(FileStatus.CHECKED);
            assertThat(report.findings()).anyMatch(f -> f.text().equals("letzen"));
            assertThat(layout.htmlReport(name)).content().contains(name);
            assertThat(index).contains(name, "href=\"long/" + URLEncoder.encode(
                    layout.htmlReport(name).getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20") + "\"");
        }
        RunSummary summary = JsonReports.parse(Files.readString(REPORTS.resolve("summary.json")), RunSummary.class);
        assertThat(summary.files()).extracting(FileSummary::file).containsAll(LONG_NAMES);
    }

    @Test
    void qualityJob_WhenAFolderCannotBeListed_ThenItIsOneFailedEntryAndTheRestIsChecked() throws Exception {
        // when
        JobExecution execution = runJobOnce();

        // then the run completed, the folder is one entry that could not be checked, with its reason
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        RunSummary summary = JsonReports.parse(Files.readString(REPORTS.resolve("summary.json")), RunSummary.class);
        assertThat(summary.files()).filteredOn(f -> f.file().startsWith("locked")).singleElement()
                .satisfies(f -> assertThat(f.file()).isEqualTo(LOCKED))
                .satisfies(f -> assertThat(f.status()).isEqualTo(FileStatus.FAILED));
        assertThat(summary.failed()).contains(new RunSummary.FailedFile(LOCKED, FAILED.get(LOCKED)));
        assertThat(Files.readString(REPORTS.resolve("index.html"))).contains(">" + LOCKED + "<", FAILED.get(LOCKED));
        assertThat(report("000_ed383d653d7603f8.txt").status()).isEqualTo(FileStatus.CHECKED);
    }

    @Test
    void qualityJob_WhenFileIsInAnotherEncoding_ThenItIsDecodedAndTheReportsSaySo() throws Exception {
        // when
        runJobOnce();

        // then each is checked with offsets into the decoded text, BOM removed, and names its encoding
        for (String encoding : List.of("windows-1252", "UTF-16LE", "UTF-16BE")) {
            String file = "encodings/" + encoding.toLowerCase(Locale.ROOT) + ".txt";
            FileReport report = report(file);
            assertThat(report.status()).as(file).isEqualTo(FileStatus.CHECKED);
            assertThat(report.encoding()).isEqualTo(encoding);
            assertThat(report.findings()).isNotEmpty().allSatisfy(
                    f -> assertThat(GERMAN.substring(f.start(), f.end())).isEqualTo(f.text()));
            assertThat(report.findings()).anyMatch(f -> f.text().equals("letzen")
                    && f.start() == GERMAN.indexOf("letzen") && f.line() == 2);
            assertThat(Files.readString(REPORTS.resolve(file.replace(".txt", ".html"))))
                    .contains("Decoded as " + encoding + ", not as UTF-8");
        }
        assertThat(report("extra/bom-crlf.txt").encoding()).isEqualTo("UTF-8");
        assertThat(Files.readString(REPORTS.resolve("extra/bom-crlf.html"))).doesNotContain("Decoded as");
    }

    @Test
    void qualityJob_WhenFileIsFortyFoldersDeep_ThenItsReportsMirrorThePath() throws Exception {
        // when
        runJobOnce();

        // then
        assertThat(report(DEEP).status()).isEqualTo(FileStatus.CHECKED);
        assertThat(Files.readString(REPORTS.resolve(DEEP.replace(".txt", ".html"))))
                .contains("href=\"" + "../".repeat(40) + "index.html\"");
    }

    @Test
    void qualityJob_WhenNameAndTextHoldMarkup_ThenReportsAreWrittenAndNothingRuns() throws Exception {
        // when
        runJobOnce();

        // then the reports are where the name says, the JSON is valid and no HTML page has the raw script tag
        FileReport report = report(ODD_NAME);
        assertThat(report.file()).isEqualTo(ODD_NAME);
        assertThat(report.status()).isEqualTo(FileStatus.CHECKED);
        assertThat(report.findings()).anyMatch(f -> f.text().equals("<script>"));
        try (Stream<Path> files = Files.walk(REPORTS)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(pages).hasSize(FILES + 1).allSatisfy(
                    page -> assertThat(Files.readString(page)).as(page.toString()).doesNotContain("<script>alert"));
        }
        assertThat(Files.readString(REPORTS.resolve("index.html"))).contains("Bericht über &lt;script&gt;");
    }

    @Test
    void qualityJob_WhenATokenHas10000Characters_ThenItIsOneNoiseFindingAndTheRestIsChecked() throws Exception {
        // when
        runJobOnce();

        // then
        FileReport report = report("extra/long-token.txt");
        assertThat(report.status()).isEqualTo(FileStatus.CHECKED);
        assertThat(report.findings()).filteredOn(f -> f.text().length() > 100).singleElement()
                .satisfies(f -> assertThat(f.category()).isEqualTo(Category.NOISE_TOKEN));
    }

    @Test
    void applicationContext_StartsNoWebServerAndNoH2Console() {
        // no servlet container is on the class path at all, and the context is a plain one
        assertThat(ClassUtils.isPresent("jakarta.servlet.Servlet", null)).isFalse();
        assertThat(context.getEnvironment().getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(name -> name.toLowerCase(Locale.ROOT)))
                .noneMatch(name -> name.contains("h2console") || name.contains("webserver") || name.contains("servlet"));
    }

    @Test
    void qualityJob_WhenFileHasBomAndCrlf_ThenOffsetsIndexTheDecodedText() throws Exception {
        // given the decoded text of the BOM/CRLF file
        String text = ArticleDecoder.decode(BOM_CRLF, null).text();
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
        assertThat(broken.error()).isEqualTo(BROKEN_REASON);
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
        return JsonReports.parse(Files.readString(new ReportFiles(REPORTS).jsonReport(file)), FileReport.class);
    }

    /**
     * The folder {@link #LOCKED} cannot be listed, as a folder mtqa's user may not read. Played, because the tests may
     * run as root, whom no permission stops.
     */
    static class LockedFolder {

        @Bean
        @Primary
        RunPlanner plannerThatCannotListLocked(MtqaProperties properties, HistoryRepository history,
                ReportFiles reportFiles, CheckFingerprint fingerprint) {
            return new RunPlanner(properties, history, reportFiles, fingerprint, folder -> {
                if (folder.equals(INPUT.resolve(LOCKED))) {
                    throw new AccessDeniedException(folder.toString());
                }
                return InputFiles.DISK.open(folder);
            });
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
