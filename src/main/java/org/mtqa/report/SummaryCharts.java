package org.mtqa.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.mtqa.finding.Category;
import org.mtqa.score.Verdict;

/**
 * The index's small charts as inline SVG geometry, so they need no script and no network: the files by verdict and
 * the findings by category as labelled horizontal bars, and the checked files' scores as a histogram of ten bins.
 */
final class SummaryCharts {

    static final int LABEL_WIDTH = 130;
    static final int BAR_MAX = 150;
    static final int ROW_HEIGHT = 16;
    static final int BINS = 10;
    static final int COLUMN_STEP = 26;
    static final int COLUMN_WIDTH = 22;
    static final int HISTOGRAM_HEIGHT = 90;

    private SummaryCharts() {
    }

    /** Labelled horizontal bars; {@code width} leaves room for the count after the longest bar. */
    record Bars(int width, int height, List<Bar> bars) {
    }

    /** One bar: its label on the left, its length proportional to its count; {@code cssClass} gives its colour. */
    record Bar(String label, String cssClass, int count, int y, int length) {

        int textY() {
            return y + ROW_HEIGHT - 5;
        }

        int countX() {
            return LABEL_WIDTH + length + 4;
        }
    }

    /** Columns over a baseline at {@code height - 14}, with their range below and their count above. */
    record Histogram(int width, int height, int baseline, List<Column> columns) {
    }

    record Column(int x, int y, int height, String label, int count, String title) {

        int middle() {
            return x + COLUMN_WIDTH / 2;
        }

        /** Empty bins get no count above them. */
        boolean counted() {
            return count > 0;
        }
    }

    /** Files by verdict, worst first; files that could not be checked are left out when there are none. */
    static Bars verdicts(RunSummary.Totals totals) {
        List<Bar> bars = new ArrayList<>();
        int most = IntStream.of(totals.failed(), totals.reject(), totals.review(), totals.pass(), 1).max().getAsInt();
        if (totals.failed() > 0) {
            bars.add(bar(bars.size(), "could not be checked", "FAILED", totals.failed(), most));
        }
        bars.add(bar(bars.size(), Verdict.REJECT.name(), Verdict.REJECT.name(), totals.reject(), most));
        bars.add(bar(bars.size(), Verdict.REVIEW.name(), Verdict.REVIEW.name(), totals.review(), most));
        bars.add(bar(bars.size(), Verdict.PASS.name(), Verdict.PASS.name(), totals.pass(), most));
        return bars(bars);
    }

    /** Findings by category in category order; null when there are none. */
    static Bars categories(Map<Category, Integer> byCategory) {
        if (byCategory.isEmpty()) {
            return null;
        }
        int most = byCategory.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        byCategory.forEach(
                (category, count) -> bars.add(bar(bars.size(), category.name(), "c-" + category, count, most)));
        return bars(bars);
    }

    /** Checked files by score in bins of ten points, 100 in the top bin; null when no file was checked. */
    static Histogram scores(List<FileSummary> files) {
        int[] counts = new int[BINS];
        files.stream().filter(f -> f.status() == FileStatus.CHECKED)
                .forEach(f -> counts[Math.min(BINS - 1, (int) (f.score() / (100 / BINS)))]++);
        int most = Arrays.stream(counts).max().orElse(0);
        if (most == 0) {
            return null;
        }
        int baseline = HISTOGRAM_HEIGHT - 14;
        int top = 12; // room for the count above the tallest column
        List<Column> columns = new ArrayList<>();
        for (int bin = 0; bin < BINS; bin++) {
            int height = Math.round((float) counts[bin] * (baseline - top) / most);
            int from = bin * 100 / BINS;
            int to = bin == BINS - 1 ? 100 : from + 100 / BINS;
            columns.add(new Column(bin * COLUMN_STEP, baseline - height, height, String.valueOf(from), counts[bin],
                    String.format(Locale.ROOT, "%d files scored %d to %s%d", counts[bin], from,
                            bin == BINS - 1 ? "" : "under ", to)));
        }
        return new Histogram(BINS * COLUMN_STEP, HISTOGRAM_HEIGHT, baseline, columns);
    }

    private static Bar bar(int row, String label, String cssClass, int count, int most) {
        int length = count == 0 ? 0 : Math.max(1, Math.round((float) count * BAR_MAX / most));
        return new Bar(label, cssClass, count, row * ROW_HEIGHT, length);
    }

    private static Bars bars(List<Bar> bars) {
        return new Bars(LABEL_WIDTH + BAR_MAX + 40, bars.size() * ROW_HEIGHT, bars);
    }
}
