package org.mtqa.report;

import java.time.Instant;

/** One run in the index's trend chart: its verdict counts and the mean score of its checked files. */
public record TrendPoint(long runId, Instant startedAt, int pass, int review, int reject, int failed,
        double meanScore) {

    public int files() {
        return pass + review + reject + failed;
    }
}
