package org.mtqa.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleDecoderTest {

    @Test
    void decode_RemovesTheBomAndNothingElse() throws Exception {
        byte[] bytes = "\uFEFFZeile eins\r\nZeile „zwei“\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ArticleDecoder.decode(bytes)).isEqualTo("Zeile eins\r\nZeile „zwei“\n");
    }

    @Test
    void decode_KeepsTextWithoutBomAsItIs() throws Exception {
        assertThat(ArticleDecoder.decode("Grüße".getBytes(StandardCharsets.UTF_8))).isEqualTo("Grüße");
    }

    @Test
    void decode_WhenLatin1_ThenSaysWhichByteIsNotUtf8() {
        byte[] latin1 = "Grüße".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ArticleDecoder.decode(latin1))
                .hasMessage("not valid UTF-8: malformed byte 0xFC at byte offset 2");
    }

    @Test
    void decode_WhenEmpty_ThenSaysSo() {
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[0])).hasMessage("empty file");
    }

    @Test
    void decode_WhenBinary_ThenSaysSo() {
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[] {'P', 'K', 0, 0, 3}))
                .hasMessageContaining("binary file");
    }
}
