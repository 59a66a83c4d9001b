package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.history.HistoryRepository;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.DiskFull;
import org.mtqa.report.FindingReport;
import org.mtqa.report.ReportFiles;
import org.mtqa.report.ReportWriteException;
import org.mtqa.score.Verdict;
import org.springframework.batch.infrastructure.item.Chunk;

class ReportItemWriterTest {

    private static final String TEXT = "Putin kam in Nordkorea anwo er erwartet wird.\n";
    private static final FileReport REPORT = new FileReport("sub/a.txt", "0", FileStatus.CHECKED, null, "UTF-8", "de-DE", 8, 1,
            60, Verdict.REVIEW, Map.of(Category.FUSED_WORD, 1), List.of(new FindingReport(
                    Category.FUSED_WORD, "MTQA_FUSED_WORD", Source.MTQA, Severity.MAJOR, 23, 27, 1, 24, "anwo",
                    "Two words run together", List.of("an wo"))));

    @TempDir
    Path reports;

    @Test
    void write_WhenWriteFixedIsOn_ThenTheRepairedTextIsWrittenBesideTheReports() throws Exception {
        write(true);

        assertThat(reports.resolve("sub/a.json")).exists();
        assertThat(Files.readString(reports.resolve("sub/a.fixed.txt")))
                .isEqualTo("Putin kam in Nordkorea an wo er erwartet wird.\n");
    }

    @Test
    void write_ByDefault_ThenNoRepairedTextIsWritten() throws Exception {
        write(false);

        assertThat(reports.resolve("sub/a.html")).exists();
        assertThat(reports.resolve("sub/a.fixed.txt")).doesNotExist();
    }

    @Test
    void write_WhenTheRepairedTextMeetsAFullDisk_ThenNoReportOfTheFileIsReplacedAndNothingIsRecorded() throws Exception {
        // given whole reports of an earlier check
        Files.createDirectories(reports.resolve("sub"));
        Files.writeString(reports.resolve("sub/a.json"), "earlier json");
        Files.writeString(reports.resolve("sub/a.html"), "earlier html");
        HistoryRepository history = mock(HistoryRepository.class);
        ReportFiles full = new ReportFiles(reports, DiskFull.when(target -> target.toString().endsWith(".fixed.txt")));
        ReportItemWriter writer = new ReportItemWriter(full, history, new CheckFingerprint("f"),
                new RunProgress(Duration.ofMinutes(1)), 1, true);
        String longText = TEXT.repeat(100);

        // when
        assertThatThrownBy(() -> writer.write(Chunk.of(new CheckResult(REPORT, longText))))
                .isInstanceOf(ReportWriteException.class).hasMessageEndingWith("a.fixed.txt: No space left on device");

        // then
        assertThat(reports.resolve("sub/a.json")).hasContent("earlier json");
        assertThat(reports.resolve("sub/a.html")).hasContent("earlier html");
        try (var listing = Files.list(reports.resolve("sub"))) {
            assertThat(listing).hasSize(2);
        }
        verifyNoInteractions(history);
    }

    private void write(boolean writeFixed) throws Exception {
        new ReportItemWriter(new ReportFiles(reports), mock(HistoryRepository.class), new CheckFingerprint("f"),
                new RunProgress(Duration.ofMinutes(1)), 1, writeFixed).write(Chunk.of(new CheckResult(REPORT, TEXT)));
    }
}
