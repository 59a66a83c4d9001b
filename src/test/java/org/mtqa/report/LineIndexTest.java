package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void lineAndColumn_CountLfCrlfAndCrLineEnds() {
        String text = "ab\ncd\r\nef\rgh";
        LineIndex index = new LineIndex(text);

        assertThat(index.line(0)).isEqualTo(1);
        assertThat(index.column(1)).isEqualTo(2);
        assertThat(index.line(text.indexOf('c'))).isEqualTo(2);
        assertThat(index.line(text.indexOf('e'))).isEqualTo(3);
        assertThat(index.column(text.indexOf('f'))).isEqualTo(2);
        assertThat(index.line(text.indexOf('g'))).isEqualTo(4);
        assertThat(index.column(text.indexOf('g'))).isEqualTo(1);
    }
}
