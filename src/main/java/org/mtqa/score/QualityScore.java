package org.mtqa.score;

/** A file's score from 0 to 100 and the verdict it earns. */
public record QualityScore(double score, Verdict verdict) {
}
