package org.mtqa.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;

class QualityScorerTest {

    private final QualityScorer scorer = new QualityScorer(new Verdicts(85, 50, 100));

    @Test
    void score_SubtractsPenaltyPointsPerThousandWords() {
        QualityScore score = scorer.score(findings(Severity.MAJOR, 2), 500);

        assertThat(score.score()).isEqualTo(80.0);
        assertThat(score.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void score_InfoCostsNothing() {
        assertThat(scorer.score(findings(Severity.INFO, 40), 300)).isEqualTo(new QualityScore(100.0, Verdict.PASS));
    }

    @Test
    void score_ShortTextsAreScoredOnAtLeastMinWords() {
        assertThat(scorer.score(findings(Severity.MINOR, 1), 10).score()).isEqualTo(90.0);
    }

    @Test
    void score_RejectsBelowThresholdAndNeverGoesNegative() {
        assertThat(scorer.score(findings(Severity.MAJOR, 30), 400)).isEqualTo(new QualityScore(0.0, Verdict.REJECT));
    }

    private static List<Finding> findings(Severity severity, int n) {
        return Collections.nCopies(n,
                new Finding(Category.FUSED_WORD, "R", Source.MTQA, severity, 0, 1, "m", List.of()));
    }
}
