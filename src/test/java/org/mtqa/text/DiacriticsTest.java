package org.mtqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiacriticsTest {

    @ParameterizedTest
    @CsvSource({
            "Ibrahimovic, Ibrahimović, true",
            "Chisinau, Chișinău, true",
            "Copa America, Copa América, true",
            "Al-Kaida, al-Qaida, false",
            "Regirung, Regierung, false",
            "Müller, Müller, false"})
    void accentsOnly(String written, String proposed, boolean expected) {
        assertThat(Diacritics.differOnlyInAccents(written, proposed)).isEqualTo(expected);
    }
}
