package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class EncodingDetectorTest {

    private final EncodingDetector detector = new EncodingDetector(TestLexicon.GERMAN);

    /**
     * The text as a program shows UTF-8 bytes it decodes with the wrong encoding; bytes the encoding leaves undefined
     * pass through as C1 controls, as browsers decode them.
     */
    private static String misread(String text, String encoding) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, Charset.forName(encoding));
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({
            "Gemüsehändler, windows-1252", "Größe, windows-1252", "Straße, ISO-8859-1", "Öffnung, windows-1252",
            "Schlüssel, ISO-8859-2", "Übergröße, ISO-8859-2", "Łódź, windows-1252", "Ärztekammer, ISO-8859-1",
            "Kyjiw–Odessa, windows-1252", "15€, windows-1252", "Škoda, ISO-8859-2", "Москва, windows-1252",
            "Größe, x-MacRoman", "Bühne, windows-1251", "Geschäftsführer, IBM850", "Bühne, IBM437",
            "Prüfung, KOI8-R", "Łódź, windows-1250"})
    void misreadWord_IsFoundAndRepairedExactly(String word, String encoding) {
        String wrong = misread(word, encoding);
        String text = "Der Bericht nennt " + wrong + " als Beispiel.";

        DetectorAssertions.assertSingleFinding(detector, text, wrong, Severity.MAJOR, word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"„Zu Fuß“, sagte sie.", "Ãngel Pérez aus São Paulo", "Ærø und Åland",
            "Ÿvonne zahlte 15 € für Ça-va", "Gruß« und »Maß«", "ÄÖÜ äöü ß", "Ελλάδα und Київ", "naïve Ökonomie",
            "Gespräch mit Гјргенс", "Was? Wer? Wo?", "Seite index.php?id=3 lesen", "Meinung?„Nein“"})
    void rightText_StaysSilent(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"f\uFFFDr | für", "Gr??e | Größe,Grüße", "Gesch\uFFFDft | Geschäft",
            "f?r | für"})
    void lostLetter_IsFoundWithGuesses(String wrong, String guesses) {
        String text = "Der Bericht nennt " + wrong + " als Beispiel.";

        DetectorAssertions.assertSingleFinding(detector, text, wrong, Severity.MAJOR, guesses.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
    void textMisreadTwice_IsRepairedInFull(String encoding) {
        String twice = misread(misread("Brücke", encoding), encoding);

        assertThat(detector.detect(AnalysedText.of("Die " + twice + " hält.")).get(0).suggestions())
                .containsExactly("Brücke");
    }
}
