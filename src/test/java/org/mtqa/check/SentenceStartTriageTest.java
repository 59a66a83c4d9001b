package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.text.AnalysedText;

class SentenceStartTriageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wien – Die Regierung hat beschlossen.                | Die       | true",
            "Der Text endet. Damaskus – Bei Kämpfen starben viele. | Bei       | true",
            "Gaza/Jerusalem – Die Brigaden drohten.               | Die       | true",
            "Stoke-on-Trent – Das Heimspiel fiel aus.             | Das       | true",
            "SEOUL - Der Präsident kam an.                        | Der       | true",
            "Spielfeld / Bad Radkersburg – Der Andrang stieg.     | Der       | true",
            "Es heißt wieder: Volle Kraft voraus.                 | Volle     | true",
            "Wien – Die Regierung hat beschlossen.                | Regierung | false",
            "Er sagte – Die Sache ist erledigt.                   | Die       | false",
            "Sie kam und – Wie immer – ging.                      | Wie       | false"})
    void casingFindingAtASentenceStart_IsDropped(String text, String flagged, boolean dropped) {
        int start = text.indexOf(flagged);
        Finding casing = new Finding(Category.GRAMMAR, "DE_CASE", Source.LANGUAGETOOL, Severity.MINOR, start,
                start + flagged.length(), "m", List.of());

        assertThat(new SentenceStartTriage().triage(AnalysedText.of(text), List.of(casing))).hasSize(dropped ? 0 : 1);
    }
}
