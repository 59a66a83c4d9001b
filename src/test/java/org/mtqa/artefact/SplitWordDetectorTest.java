package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class SplitWordDetectorTest {

    private final SplitWordDetector detector = new SplitWordDetector(TestLexicon.GERMAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wladimir Putin Wer wird das besuchen? Nord Korea für zwei Tage.|Nord Korea|Nordkorea",
            "Die Bundes Regierung tagt. Die Bundesregierung hat entschieden.|Bundes Regierung|Bundesregierung",
            "Der Zug hält am Haupt Bahnhof.|Haupt Bahnhof|Hauptbahnhof"})
    void flagsCompoundTornApart(String text, String span, String suggestion) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(span);
        assertThat(finding.suggestions()).containsExactly(suggestion);
        assertThat(finding.category()).isEqualTo(Category.SPLIT_WORD);
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Neue Zürcher Zeitung berichtet aus New York über die Vereinten Nationen.",
            "Am Montag reiste er nach Nordkorea, am Dienstag nach Südkorea.",
            "Die Pipeline Nord Stream wurde beschädigt.",
            "Ein Soldat hat nach Angaben der Justiz seines Landes Attentatspläne geschmiedet.",
            "Dafür ist ihm offenbar jedes Mittel Recht.",
            "Der Wind kam aus Nord. Korea liegt weit entfernt.",
            "Nord-Korea und Süd-Korea verhandeln."})
    void leavesOrdinaryWordPairsAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }
}
