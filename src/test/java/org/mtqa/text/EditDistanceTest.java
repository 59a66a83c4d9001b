package org.mtqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({
            "Regirung, Regierung, true",
            "letzen, letzten, true",
            "öknnen, können, true",
            "Tabllenführung, Tabellenführung, true",
            "Haus, Maus, true",
            "Haus, Haus, false",
            "Easley, Basler, false",
            "Toloraya, Tolerant, false",
            "ab, abcd, false"})
    void isOneEdit(String a, String b, boolean expected) {
        assertThat(EditDistance.isOneEdit(a, b)).isEqualTo(expected);
        assertThat(EditDistance.isOneEdit(b, a)).isEqualTo(expected);
    }
}
