package org.mtqa.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Resolves findings of one detector that claim overlapping spans, when several patterns hit the same text. */
public final class FindingOverlaps {

    private FindingOverlaps() {
    }

    /**
     * The findings in text order, dropping each one that overlaps a finding kept before it; of findings starting at
     * the same offset the longest is kept.
     */
    public static List<Finding> keepFirstOfOverlapping(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : sorted) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(f)) {
                kept.add(f);
            }
        }
        return kept;
    }
}
