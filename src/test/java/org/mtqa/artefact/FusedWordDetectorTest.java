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

class FusedWordDetectorTest {

    private final FusedWordDetector detector = new FusedWordDetector(TestLexicon.GERMAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Der russische Präsident Wladimir Putin kam am Dienstag in Nordkorea anwo von ihm erwartet wird, dass er "
                    + "einen Vertrag unterzeichnet.|anwo|an wo",
            "Er sprach über die Zusammenarbeit mit Pjöngjanglaut russischen Staatsmedien. Pjöngjang schwieg dazu.|"
                    + "Pjöngjanglaut|Pjöngjang laut",
            "Er ging nachder Arbeit nach Hause.|nachder|nach der",
            "Hassabis spricht oft davon, Computerndas Denken beizubringen.|Computerndas|Computern das",
            "Die besten Beiträge sollen dem Userpräsentiert werden. Was der User sieht, wird oft präsentiert.|"
                    + "Userpräsentiert|User präsentiert"})
    void flagsTwoWordsRunTogether(String text, String span, String suggestion) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(span);
        assertThat(finding.suggestions()).containsExactly(suggestion);
        assertThat(finding.category()).isEqualTo(Category.FUSED_WORD);
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.rule()).isEqualTo("MTQA_FUSED_WORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Das Satellitenprogramm Nordkoreas und die Waffengeschäfte mit Moskau beunruhigen den Westen.",
            "Die Handelsmechanismen sind neu, sagte ein Kremlberater dem Weltmeister-Kapitän.",
            "Der Experte Georgi Toloraya sagte, die Lage sei ernst.",
            "Wie Easley berichtet, reiste Uschakow nach Pjöngjang; das Foto stammt von Zemlianichenko.",
            "In Salzburg müssen keine Asylwerbenden mehr in Zelten wohnen.",
            "Im Handel sind kaum noch nichtdigitale Lagersysteme im Einsatz.",
            "Fangen sie an zu heulen, so der Wissenschafter. Die Wissenschaft hat er nicht gefragt.",
            "Die Lissaboner kassierten eine Niederlage in Lissabon, sagte er.",
            "Musiker Christian Zehnder vom Duo Stimmhorn spielt heute.",
            "I never promised you a rose garden, sang sie, gar den ganzen Abend.",
            "Die Bergrettungen des Kleinwalsertales waren im Einsatz, es war kalt im Kleinwalsertal.",
            "Veteran Selçuk Inan trumpfte auf. In an Orten wie diesem."})
    void leavesCompoundsNamesAndDerivationsAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }
}
