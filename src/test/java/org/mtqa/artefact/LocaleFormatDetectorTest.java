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

class LocaleFormatDetectorTest {

    private final LocaleFormatDetector detector = new LocaleFormatDetector();

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Juni 19, 2024|Juni 19, 2024|19. Juni 2024",
            "Veröffentlicht am June 19, 2024 in Seoul|June 19, 2024|19. Juni 2024",
            "Stand: Sept. 5th, 2023|Sept. 5th, 2023|5. September 2023",
            "Der Gipfel begann am 19 June 2024 in Pjöngjang.|19 June 2024|19. Juni 2024",
            "Der Vertrag vom 19/06/2024 gilt ab sofort.|19/06/2024|19.06.2024",
            "Der Vertrag vom 06/19/2024 gilt ab sofort.|06/19/2024|19.06.2024",
            "Die Sitzung beginnt um 2:15 PM Ortszeit.|2:15 PM|14:15 Uhr",
            "Die Sitzung beginnt um 2:15 p.m. Ortszeit.|2:15 p.m.|14:15 Uhr",
            "Er landete gegen 9 AM in Moskau.|9 AM|9 Uhr",
            "Der Schaden beträgt 1.5 Milliarden Euro.|1.5 Milliarden|1,5 Milliarden",
            "Die Inflation stieg um 2.7 Prozent.|2.7 Prozent|2,7 Prozent",
            "Die Quote sank auf 4.25%.|4.25%|4,25%",
            "Es kamen 1,500,000 Besucher.|1,500,000|1.500.000",
            "Der Preis lag bei 1,500.50 Euro.|1,500.50|1.500,50",
            "Das Gerät kostet $999 im Handel.|$999|999 Dollar",
            "Das Ticket kostet € 5 pro Person.|€ 5|5 Euro",
            "Der Konzern zahlte $1,500,000 Strafe.|$1,500,000|1.500.000 Dollar",
            "Die Firma ist $1.5 Milliarden wert.|$1.5 Milliarden|1,5 Milliarden Dollar",
            "Die Karte kostet £20 in London.|£20|20 Pfund",
    })
    void flagsForeignConventionsAndSuggestsGermanForm(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MINOR, suggestion);
    }

    @Test
    void flagsAmbiguousSlashDateWithoutGuessingTheOrder() {
        String text = "Der Vertrag vom 05/06/2024 gilt.";
        List<Finding> findings = detect(text);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo("05/06/2024");
            assertThat(f.suggestions()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Sitzung beginnt um 14.30 Uhr.",
            "Die Sitzung beginnt um 14:30 Uhr.",
            "Es kamen 11.000 Besucher, insgesamt 1.000.000 seit Eröffnung.",
            "Die Inflation lag bei 3,5 Prozent und 1,5 Millionen Menschen sind betroffen.",
            "Der Gipfel fand am 19. Juni 2024 statt, der Vertrag gilt seit 1.1.2024.",
            "Im Jahr 2024 erschien Version 2.1.3 der Software.",
            "Rapid gewann 2:1, im Hinspiel hieß es 1:0.",
            "Nach § 5 Abs. 2 ist das verboten.",
            "Er lief die Strecke in 1:14,607 Minuten.",
            "Die Runden: 271 Schläge (70/66/69/66).",
            "Die Saison 2015/16 war erfolgreich.",
            "Um 9 am Montag beginnt die Sitzung.",
            "Die Feinstaubwerte (PM10) und 2 PM-Sensoren wurden geprüft.",
            "Die Kosten in US-$ sind gestiegen.",
            "Harriet Tubman is a better choice for the $20 bill than Jackson.",
            "Am 4. Mai 2024 wählen 1,2 Millionen Menschen.",
    })
    void leavesGermanFormsAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }
}
