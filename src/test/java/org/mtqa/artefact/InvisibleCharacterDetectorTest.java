package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class InvisibleCharacterDetectorTest {

    private final InvisibleCharacterDetector detector = new InvisibleCharacterDetector(TestLexicon.GERMAN);

    @ParameterizedTest
    @ValueSource(strings = {"\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u202E", "\u2066"})
    void invisibleCharacterInsideAWord_FlagsTheWholeWord(String invisible) {
        String word = "Fahr" + invisible + "plan";
        String text = "Der neue " + word + " gilt ab Montag.";

        DetectorAssertions.assertSingleFinding(detector, text, word, Severity.MINOR, "Fahrplan");
    }

    @Test
    void invisibleCharactersWhereASpaceBelongs_SuggestTheSpace() {
        String text = "Nach Angaben der Polizei\u200B\u200Bwurden zwei Menschen verletzt.";

        DetectorAssertions.assertSingleFinding(detector, text, "Polizei\u200B\u200Bwurden", Severity.MINOR,
                "Polizei wurden");
    }

    @Test
    void byteOrderMarkBeforeAWord_IsDeleted() {
        String text = "Erster Satz.\n\uFEFFZweiter Satz.";

        DetectorAssertions.assertSingleFinding(detector, text, "\uFEFFZweiter", Severity.MINOR, "Zweiter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Die Familie 👨\u200D👩\u200D👧 reiste.", "Es kostet 14\u202F000\u00A0Euro.",
            "Lehrer:innen und Bürger*innen", "Ein- und Ausfuhr", "z.\u00A0B. um 14.30\u00A0Uhr"})
    void rightText_StaysSilent(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }
}
