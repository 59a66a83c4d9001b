package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mtqa.score.Verdict;

class RunSummaryTest {

    private static final FileSummary PASSED = new FileSummary("a.txt", FileStatus.CHECKED, null, 100, 98, Verdict.PASS,
            0, Map.of(), FileChange.FIRST_CHECK);
    private static final FileSummary UNREADABLE = new FileSummary("b.txt", FileStatus.FAILED, "not valid UTF-8", 0, 0,
            Verdict.REJECT, 0, Map.of(), FileChange.FIRST_CHECK);

    @Test
    void gate_WhenEveryFilePasses_ThenExitCodeZeroInTheJson() {
        RunSummary summary = summary(List.of(PASSED));

        assertThat(summary.gate().exitCode()).isEqualTo(ExitCode.OK);
        assertThat(JsonReports.render(summary)).contains("\"exitCode\" : 0");
    }

    @Test
    void gate_WhenAFileCouldNotBeChecked_ThenExitCodeTwo_WrittenAndReadBackAsANumber() {
        String json = JsonReports.render(summary(List.of(PASSED, UNREADABLE)));

        assertThat(json).contains("\"exitCode\" : 2");
        assertThat(JsonReports.parse(json, RunSummary.class).gate().exitCode()).isEqualTo(ExitCode.GATE_FAILED);
    }

    private static RunSummary summary(List<FileSummary> files) {
        return RunSummary.of(1, "in", "reports", "de-DE", Instant.EPOCH, Instant.EPOCH, Verdict.REJECT, files,
                List.of(), List.of());
    }
}
