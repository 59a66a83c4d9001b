package org.mtqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.text.Spans.Span;

class InjectedTextTest {

    @Test
    void apply_KeepsEarlierMarksInPlaceThroughLaterEdits() {
        InjectedText text = new InjectedText("eins zwei drei vier fünf");
        text.apply(Category.FUSED_WORD, "f", List.of(Edit.replace(15, 24, "vierfünf")));
        text.apply(Category.NOISE_TOKEN, "n", List.of(Edit.of(4, 4, " ", "abc123", "")));

        assertThat(text.text()).isEqualTo("eins abc123 zwei drei vierfünf");
        assertThat(text.artefacts()).extracting(m -> text.text().substring(m.start(), m.end()))
                .containsExactly("abc123", "vierfünf");
    }

    @Test
    void apply_RefusesEditsOnOrNextToAMark_AndChangesNothing() {
        InjectedText text = new InjectedText("eins zwei drei vier");
        text.apply(Category.SPLIT_WORD, "s", List.of(Edit.replace(5, 9, "zw ei")));

        assertThat(text.apply(Category.STRAY_CHARACTER, "x", List.of(Edit.replace(11, 16, "qdrei")))).isFalse();
        assertThat(text.apply(Category.STRAY_CHARACTER, "x",
                List.of(Edit.replace(0, 4, "qeins"), Edit.replace(6, 7, "x")))).isFalse();
        assertThat(text.text()).isEqualTo("eins zw ei drei vier");
        assertThat(text.isFree(0, 2)).isTrue();
        assertThat(text.isFree(0, 4)).isFalse();
    }

    @Test
    void apply_AKeptSpanIsNoArtefactButStaysUntouched() {
        InjectedText text = new InjectedText("Satz eins. Satz zwei.");
        Span first = new Span("Satz eins.", 0, 10);
        text.apply(Category.DUPLICATE_TEXT, "d", List.of(Edit.keep(first), Edit.of(10, 10, " ", "Satz eins.", "")));

        assertThat(text.text()).isEqualTo("Satz eins. Satz eins. Satz zwei.");
        assertThat(text.artefacts()).singleElement().satisfies(m -> assertThat(m.start()).isEqualTo(11));
        assertThat(text.isFree(2, 3)).isFalse();
    }
}
