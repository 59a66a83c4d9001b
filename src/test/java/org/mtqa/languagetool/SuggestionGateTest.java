package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionGateTest {

    @Test
    void wordsThatMayBeTypos_NeedSuggestions() {
        assertThat(SuggestionGate.needsSuggestions("Regirung")).isTrue();
        assertThat(SuggestionGate.needsSuggestions("Staatanwaltschaft")).isTrue();
        assertThat(SuggestionGate.needsSuggestions("Pjöngjanglaut")).isTrue();
        assertThat(SuggestionGate.needsSuggestions("Regirung.")).isTrue();
        assertThat(SuggestionGate.needsSuggestions("letzen")).isTrue();
        assertThat(SuggestionGate.needsSuggestions("bled")).as("lowercase words keep their suggestions").isTrue();
        assertThat(SuggestionGate.needsSuggestions("-Pakete")).isTrue();
    }

    @Test
    void wordsTheTriageCallsNamesWhateverTheSuggestions_NeedNone() {
        assertThat(SuggestionGate.needsSuggestions("Keita")).as("shorter than 8 letters").isFalse();
        assertThat(SuggestionGate.needsSuggestions("Easley.")).isFalse();
        assertThat(SuggestionGate.needsSuggestions("Ibrahimovic")).as("foreign name ending").isFalse();
        assertThat(SuggestionGate.needsSuggestions("Schewtschenko")).isFalse();
        assertThat(SuggestionGate.needsSuggestions("MacKenzies")).as("inner capital").isFalse();
        assertThat(SuggestionGate.needsSuggestions("Covid19-Welle")).isFalse();
    }
}
