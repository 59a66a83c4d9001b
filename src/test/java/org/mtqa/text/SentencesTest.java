package org.mtqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.text.Spans.Span;

class SentencesTest {

    private static List<String> split(String text) {
        List<Span> sentences = Sentences.split(new Span(text, 0, text.length()));
        sentences.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.value()));
        return sentences.stream().map(Span::value).toList();
    }

    @Test
    void splitsAtSentenceEndsWithClosingQuotes() {
        assertThat(split("Er kam. „Ist das wahr?“ Ja!  Im Jahr 2022. Die Lage blieb ruhig. Es kostet $180. Das ist viel."))
                .containsExactly("Er kam.", "„Ist das wahr?“", "Ja!", "Im Jahr 2022.", "Die Lage blieb ruhig.",
                        "Es kostet $180.", "Das ist viel.");
    }

    @Test
    void keepsAbbreviationsInitialsAndOrdinalsInsideTheSentence() {
        String text = "Am 18. Juni traf Dr. Meier u. a. J. R. Ewing zum 150. Grand Prix, z. B. in Spa.";

        assertThat(split(text)).containsExactly(text);
    }

    @Test
    void keepsOffsetsOfAPieceOfALongerText() {
        String text = "Titel\n  Erster Satz. Zweiter Satz.  ";
        Span line = new Span(text.substring(6), 6, text.length());

        List<Span> sentences = Sentences.split(line);

        assertThat(sentences).extracting(Span::start).containsExactly(8, 21);
        assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end())).isEqualTo("Zweiter Satz.");
    }
}
