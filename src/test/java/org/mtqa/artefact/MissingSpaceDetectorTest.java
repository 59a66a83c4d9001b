package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class MissingSpaceDetectorTest {

    private final MissingSpaceDetector detector = new MissingSpaceDetector();

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            «Es geht um Geld und Getreide»sagte Professor Kim.  | »s | » s
            Das war am Ende des Jahres.Die Regierung schwieg.   | .D | . D
            Er hat gesagt,dass er kommt.                        | ,d | , d
            „Das hat“sagte er.                                  | “s | “ s
            Das ist toll!Die Fans jubeln.                       | !D | ! D
            Warum?Weil es regnet.                               | ?W | ? W
            Er sagte:„Wir kommen.“                              | :„ | : „
            Der Minister sagte„Nein“ und ging.                  | e„ | e „
            EU-Recht gilt:Wer kommt, bleibt.                    | :W | : W
            Er kam;sie ging.                                    | ;s | ; s
            """)
    void flagsTheTwoCharactersAroundTheMissingSpace(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MINOR, suggestion);
    }

    @Test
    void findingsComeInTextOrderWithExactOffsets() {
        String text = "Er kam.Sie ging,weil es spät war.\r\n„Gut“sagte er.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> text.substring(f.start(), f.end())).containsExactly(".S", ",w", "“s");
        assertThat(findings.get(2).start()).isEqualTo(text.indexOf("“s"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Das gilt z.B. heute und d.h. auch morgen.",
            "Die U.S. Army und die U.S.A. verhandeln.",
            "Er hat einen Ph.D. in Physik.",
            "Die Inflation lag bei 3.5 Prozent, also 1,5 Punkte höher.",
            "Es kamen 11.000 Menschen.",
            "Beginn um 14.30 Uhr am 1.1.2024.",
            "Mehr unter www.allinrechner.at und derstandard.at/2000 im Netz.",
            "Schreiben Sie an max.Mustermann@example.com bitte.",
            "Die Datei index.html fehlt.",
            "Amazon.com und die GPA-djp verhandeln.",
            "Version 2.4.1 ist erschienen.",
            "Lehrer:innen und Bürger:innen protestieren.",
            "Die FRITZ!Box 5490 ist ein Router.",
            "Mattersburg empfängt St.Pölten, dt.Spion.",
            "Die „Tatort“-Folge und die \"Krone\"-Leser.",
            "„Wir kommen“, sagte er. »Gut«, antwortete sie.",
            "Er sagte: „Ja.“ Dann ging er.",
            "Die Firma GmbH & Co.KG zahlt.",
    })
    void leavesAbbreviationsNumbersAddressesAndCorrectSpacingAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }
}
