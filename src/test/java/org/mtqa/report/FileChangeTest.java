package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.report.FileChange.FindingKey;

class FileChangeTest {

    private static final FindingKey TYPO = new FindingKey("GERMAN_SPELLER_RULE", "letzen");
    private static final FindingKey FUSED = new FindingKey("MTQA_FUSED_WORD", "anwo");
    private static final FindingKey SPACE = new FindingKey("MTQA_MISSING_SPACE", "Ende.Der");

    @Test
    void between_MatchesFindingsByRuleAndText_EachOccurrenceOnce() {
        FileChange change = FileChange.between(82.0, List.of(TYPO, FUSED, FUSED), 85.04, List.of(FUSED, SPACE, SPACE));

        assertThat(change).isEqualTo(new FileChange(false, false, 82.0, 3.0, 2, 2));
    }

    @Test
    void between_WhenTheSameTextIsFlaggedByAnotherRule_ThenOneNewAndOneFixed() {
        FileChange change = FileChange.between(90.0, List.of(TYPO), 90.0,
                List.of(new FindingKey("OTHER_RULE", TYPO.text())));

        assertThat(change).isEqualTo(new FileChange(false, false, 90.0, 0.0, 1, 1));
    }

    @Test
    void between_RoundsTheScoreDeltaToATenth() {
        assertThat(FileChange.between(70.0, List.of(), 66.66, List.of()).scoreDelta()).isEqualTo(-3.3);
        assertThat(FileChange.between(70.0, List.of(), 70.04, List.of()).scoreDelta()).isEqualTo(0.0);
    }
}
