package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.text.AnalysedText;

class ForeignWordAgreementTriageTest {

    private final ForeignWordAgreementTriage triage = new ForeignWordAgreementTriage(TestLexicon.GERMAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wegen der Tilgung federn auch die FestZins Tilgungsanleihen das ab. | die FestZins Tilgungsanleihen",
            "Die Daten liegen in der SkyVault Speichern des Anbieters. | der SkyVault Speichern"})
    void phraseWithAWordTheDictionaryLacks_IsInfo(String text, String phrase) {
        Finding result = triageOne(text, phrase);

        assertThat(result.severity()).isEqualTo(Severity.INFO);
        assertThat(result.message()).contains("does not know");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Es ist mir ein große Ehre, hier zu sein. | ein große Ehre",
            "Bei vielen ist überhaupt keine Zeitraum gelistet. | keine Zeitraum"})
    void germanPhrase_StaysMinor(String text, String phrase) {
        assertThat(triageOne(text, phrase).severity()).isEqualTo(Severity.MINOR);
    }

    private Finding triageOne(String text, String phrase) {
        int start = text.indexOf(phrase);
        Finding agreement = new Finding(Category.GRAMMAR, ForeignWordAgreementTriage.AGREEMENT_RULE,
                Source.LANGUAGETOOL, Severity.MINOR, start, start + phrase.length(), "Möglicherweise fehlende"
                        + " grammatische Übereinstimmung.", List.of());
        List<Finding> result = triage.triage(AnalysedText.of(text), List.of(agreement));
        assertThat(result).hasSize(1);
        return result.get(0);
    }
}
