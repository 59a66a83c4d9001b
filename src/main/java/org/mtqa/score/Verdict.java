package org.mtqa.score;

/** The gate's decision on one file, from best to worst. */
public enum Verdict {
    PASS,
    REVIEW,
    REJECT;

    public boolean isAtLeastAsBadAs(Verdict other) {
        return ordinal() >= other.ordinal();
    }
}
