package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mtqa.score.Verdict;

class SummaryChartsTest {

    @Test
    void scores_PutsEachCheckedFileInItsBinOfTenPointsAndLeavesUncheckedOnesOut() {
        List<FileSummary> files = List.of(file(100.0), file(90.0), file(49.9), file(50.0), file(0.0),
                new FileSummary("broken.txt", FileStatus.FAILED, "binary", 0, 0.0, Verdict.REJECT, 0, Map.of(), null));

        SummaryCharts.Histogram histogram = SummaryCharts.scores(files);

        assertThat(histogram.columns()).extracting(SummaryCharts.Column::count)
                .containsExactly(1, 0, 0, 0, 1, 1, 0, 0, 0, 2);
        SummaryCharts.Column top = histogram.columns().get(9);
        assertThat(top.y()).isEqualTo(12);
        assertThat(top.y() + top.height()).isEqualTo(histogram.baseline());
        assertThat(top.title()).isEqualTo("2 files scored 90 to 100");
    }

    @Test
    void verdicts_ScalesBarsToTheLargestCountAndShowsUncheckedFilesOnlyWhenThereAreAny() {
        RunSummary.Totals totals = new RunSummary.Totals(8, 8, 0, 0, 0, 2, 5, 1, 1000, 10, Map.of());

        SummaryCharts.Bars bars = SummaryCharts.verdicts(totals);

        assertThat(bars.bars()).extracting(SummaryCharts.Bar::label).containsExactly("REJECT", "REVIEW", "PASS");
        assertThat(bars.bars()).extracting(SummaryCharts.Bar::length)
                .containsExactly(SummaryCharts.BAR_MAX / 5, SummaryCharts.BAR_MAX, SummaryCharts.BAR_MAX * 2 / 5);
    }

    private static FileSummary file(double score) {
        return new FileSummary("f" + score + ".txt", FileStatus.CHECKED, null, 100, score, Verdict.REVIEW, 0, Map.of(),
                null);
    }
}
