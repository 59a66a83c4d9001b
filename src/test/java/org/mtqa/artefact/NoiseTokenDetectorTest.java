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

class NoiseTokenDetectorTest {

    private final NoiseTokenDetector detector = new NoiseTokenDetector();

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1662611347 Kim Jong Un pflegt nach dem Krieg in der Ukraine|1662611347",
            "Aktualisiert: 1718791200|1718791200",
            "Der Artikel erschien am Dienstag. 1700000000 Leser sahen ihn.|1700000000",
            "ttn-de-58|ttn-de-58",
            "  abc-news-1234  |abc-news-1234",
            "Schreibe einen Kommentar ttn-de-58|ttn-de-58",
            "Quelle: 3f2504e0-4f89-11d3-9a0c-0305e82c3301 im Archiv|3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "Bild d41d8cd98f00b204e9800998ecf8427e zeigt den Präsidenten|d41d8cd98f00b204e9800998ecf8427e",
    })
    void flagsNoiseTokens(String text, String token) {
        DetectorAssertions.assertSingleFinding(detector, text, token, Severity.MINOR, "");
    }

    @Test
    void flagsADataBlobAndQuotesOnlyItsStart() {
        String blob = "iVBORw0KGgoAAAANSUhEUgAA" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(300);
        String text = "Das Bild: " + blob + " zeigt den Präsidenten.";

        Finding finding = DetectorAssertions.assertSingleFinding(detector, text, blob, Severity.MINOR, "");
        assertThat(finding.message()).hasSizeLessThan(100).contains("data blob 'iVBORw0KGgo");
    }

    @Test
    void leavesALongLinkAlone() {
        String link = "https://www.example.com/news/" + "a1b2c3d4e5".repeat(30) + "?utm_source=feed";

        assertThat(detect("Mehr unter " + link + " im Netz.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Im Jahr 2024 kamen 11.000 Container an.",
            "Die Schulden betragen 1.500.000.000 Euro.",
            "Rufen Sie uns an unter +43 1234567890 oder 01 5331234.",
            "Telefon: 0664 1234567, Fax: 0664-1234568",
            "Das Buch (ISBN 1234567890) ist vergriffen.",
            "COVID-19 hat die Wirtschaft getroffen, sagt die G7.",
            "Die Boeing 737-800 und die F-16 wurden vorgeführt.",
            "Das Papier im Format A4 liegt bei.",
            "Am 19.06.2024 um 14.30 Uhr begann die Sitzung.",
            "Die Seite www.example.at/news-de-2024 ist offline.",
            "Die Variante sars-cov-2 verbreitet sich weiter in Europa.",
            "Das Konto AT611904300234573201 wurde gesperrt.",
            "Wien – Die Regierung hat beschlossen – und zwar einstimmig.",
            "* * *",
    })
    void leavesCleanTextAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "•", "–", " * "})
    void flagsLoneDashOrBulletLine(String mark) {
        String text = "Putin kommt mit einem neuen Vertrag an\n" + mark + "\nSEOUL – Der Präsident landete.";
        assertThat(detect(text)).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(mark.strip());
            assertThat(f.suggestions()).containsExactly("");
        });
    }

    @Test
    void keepsOffsetsWithWindowsLineEnds() {
        String text = "Titel\r\n\r\n1662611347 Titel\r\n-\r\nText\r\nttn-de-58\r\n";
        assertThat(detect(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("1662611347", "-", "ttn-de-58");
    }
}
