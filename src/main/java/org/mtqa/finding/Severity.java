package org.mtqa.finding;

/**
 * MQM-style severities; the weight is the penalty one finding adds to a file's score. MQM's "critical" level is not
 * used: a file full of MAJOR findings scores below the REJECT threshold anyway, and no single artefact of mtqa's kinds
 * makes a file unusable by itself.
 */
public enum Severity {
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
