package org.mtqa.finding;

/** MQM-style severities; the weight is the penalty one finding adds to a file's score. */
public enum Severity {
    CRITICAL(25),
    MAJOR(5),
    MINOR(1),
    INFO(0);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public boolean isAtLeast(Severity other) {
        return weight >= other.weight;
    }
}
