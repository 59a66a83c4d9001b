package org.mtqa.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The index's trend chart as inline SVG geometry: per run a bar stacked from its PASS, REVIEW, REJECT and unchecked
 * files, and a line through the runs' mean scores (0 at the bottom, 100 at the top).
 */
public record TrendChart(int width, int height, List<Bar> bars, String scoreLine) {

    static final int HEIGHT = 120;
    static final int BAR_STEP = 28;
    static final int BAR_WIDTH = 20;
    /** Bottom to top; FAILED are the files that could not be checked. */
    private static final List<String> STACK_ORDER = List.of("PASS", "REVIEW", "REJECT", "FAILED");

    /** One run's bar; {@code title} is the tooltip. */
    public record Bar(int x, List<Segment> segments, String label, String title) {
    }

    /** One verdict's part of a bar. */
    public record Segment(String verdict, int y, int height) {
    }

    public int barWidth() {
        return BAR_WIDTH;
    }

    /** Null when there is no history to draw: a single run is no trend. */
    public static TrendChart of(List<TrendPoint> points) {
        if (points.size() < 2) {
            return null;
        }
        int most = points.stream().mapToInt(TrendPoint::files).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            int x = i * BAR_STEP + 4;
            int[] counts = {p.pass(), p.review(), p.reject(), p.failed()};
            List<Segment> segments = new ArrayList<>();
            int top = HEIGHT;
            for (int v = 0; v < counts.length; v++) {
                int h = Math.round((float) counts[v] * HEIGHT / Math.max(1, most));
                top -= h;
                segments.add(new Segment(STACK_ORDER.get(v), top, h));
            }
            bars.add(new Bar(x, segments, "#" + p.runId(), String.format(Locale.ROOT,
                    "run %d, %s: %d PASS, %d REVIEW, %d REJECT, %d could not be checked; mean score %.1f",
                    p.runId(), p.startedAt(), p.pass(), p.review(), p.reject(), p.failed(), p.meanScore())));
            line.append(String.format(Locale.ROOT, "%s%d,%.1f", i == 0 ? "" : " ", x + BAR_WIDTH / 2,
                    HEIGHT - p.meanScore() * HEIGHT / 100));
        }
        return new TrendChart(points.size() * BAR_STEP + 8, HEIGHT, bars, line.toString());
    }
}
