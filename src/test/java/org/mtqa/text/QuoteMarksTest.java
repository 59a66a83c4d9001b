package org.mtqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.text.QuoteMarks.Quote;
import org.mtqa.text.QuoteMarks.Style;

class QuoteMarksTest {

    @Test
    void pairsNestedGermanQuotesAndSkipsApostrophes() {
        String text = "„Er sagte: ‚Wie geht’s?‘“";
        List<Quote> quotes = QuoteMarks.pair(text);
        assertThat(quotes).hasSize(2).allMatch(Quote::isMatched);
        assertThat(quotes.get(0).close().index()).isEqualTo(text.length() - 1);
        assertThat(quotes.get(1).open().single()).isTrue();
    }

    @Test
    void ambiguousGlyphsTakeTheirRoleFromContext() {
        String text = "«Getreide»sagte er, und “so” auch »dies«.";
        List<Quote> quotes = QuoteMarks.pair(text);
        assertThat(quotes).extracting(q -> q.open().style())
                .containsExactly(Style.SWISS_GUILLEMETS, Style.ENGLISH, Style.GERMAN_GUILLEMETS);
        assertThat(quotes).allMatch(Quote::isMatched);
    }

    @Test
    void reportsMismatchedUnclosedAndUnopenedQuotesPerLine() {
        String text = "„Das endet falsch». „Offen\nZu“";
        List<Quote> quotes = QuoteMarks.pair(text);
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(0).close().style()).isEqualTo(Style.SWISS_GUILLEMETS);
        assertThat(quotes.get(1).close()).isNull();
        assertThat(quotes.get(2).open()).isNull();
    }
}
