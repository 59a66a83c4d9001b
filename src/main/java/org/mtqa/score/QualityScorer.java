package org.mtqa.score;

import java.util.List;

import org.mtqa.finding.Finding;

/**
 * Scores a file as MQM does: penalty points per 1,000 words, subtracted from 100. Short texts are scored as if they
 * had {@code minWords} words, so that one finding in a ten-word text does not zero it.
 */
public class QualityScorer {

    private final Verdicts thresholds;

    public QualityScorer(Verdicts thresholds) {
        this.thresholds = thresholds;
    }

    public QualityScore score(List<Finding> findings, int words) {
        int penalty = findings.stream().mapToInt(f -> f.severity().weight()).sum();
        double raw = 100.0 - 1000.0 * penalty / Math.max(words, thresholds.minWords());
        double score = Math.round(Math.max(0.0, raw) * 10) / 10.0;
        Verdict verdict;
        if (score < thresholds.rejectBelowScore()) {
            verdict = Verdict.REJECT;
        } else if (score >= thresholds.passMinScore()) {
            verdict = Verdict.PASS;
        } else {
            verdict = Verdict.REVIEW;
        }
        return new QualityScore(score, verdict);
    }
}
