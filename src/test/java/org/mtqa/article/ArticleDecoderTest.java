package org.mtqa.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mtqa.article.ArticleDecoder.DecodedText;

class ArticleDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String GERMAN = "Grüße aus Köln.\r\n„Das ist es“, sagte er – für 5 €.\n";

    @Test
    void decode_RemovesTheBomAndNothingElse() throws Exception {
        byte[] bytes = "\uFEFFZeile eins\r\nZeile „zwei“\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ArticleDecoder.decode(bytes, WINDOWS_1252))
                .isEqualTo(new DecodedText("Zeile eins\r\nZeile „zwei“\n", "UTF-8"));
    }

    @Test
    void decode_KeepsTextWithoutBomAsItIs() throws Exception {
        assertThat(ArticleDecoder.decode("Grüße".getBytes(StandardCharsets.UTF_8), WINDOWS_1252))
                .isEqualTo(new DecodedText("Grüße", "UTF-8"));
    }

    @Test
    void decode_WhenWindows1252_ThenDecodesItAndSaysSo() throws Exception {
        // „ “ – € are bytes 0x84 0x93 0x96 0x80 in windows-1252, none of them valid UTF-8 there
        byte[] bytes = GERMAN.getBytes(WINDOWS_1252);

        assertThat(ArticleDecoder.decode(bytes, WINDOWS_1252)).isEqualTo(new DecodedText(GERMAN, "windows-1252"));
    }

    @Test
    void decode_WhenLatin1AndNoFallback_ThenSaysWhichByteIsNotUtf8() {
        byte[] latin1 = "Grüße".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ArticleDecoder.decode(latin1, null))
                .hasMessage("not valid UTF-8: malformed byte 0xFC at byte offset 2");
    }

    @Test
    void decode_WhenNotUtf8AndFullOfControlCharacters_ThenFailsInsteadOfGuessing() {
        // not UTF-8, no NUL, but decoded as windows-1252 it is mostly control characters: some other binary format
        byte[] bytes = {'G', 'I', 'F', (byte) 0xFC, 0x01, 0x02, 0x03, 0x04, 0x1B, 0x7F, 'x', 'y'};

        assertThatThrownBy(() -> ArticleDecoder.decode(bytes, WINDOWS_1252))
                .hasMessage("not valid UTF-8: malformed byte 0xFC at byte offset 3, nor windows-1252 text "
                        + "(6 control characters)");
    }

    @Test
    void decode_WhenBytesUndefinedInWindows1252_ThenFails() {
        byte[] bytes = {'a', (byte) 0x81, 'b'};

        assertThatThrownBy(() -> ArticleDecoder.decode(bytes, WINDOWS_1252))
                .hasMessage("not valid UTF-8: malformed byte 0x81 at byte offset 1, nor windows-1252 text "
                        + "(not valid windows-1252: malformed byte 0x81 at byte offset 1)");
    }

    @Test
    void decode_WhenUtf8BomButMalformed_ThenFailsInsteadOfFallingBack() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'G', 'r', (byte) 0xFC, 'n'};

        assertThatThrownBy(() -> ArticleDecoder.decode(bytes, WINDOWS_1252))
                .hasMessage("not valid UTF-8: malformed byte 0xFC at byte offset 5");
    }

    @Test
    void decode_WhenUtf16WithBom_ThenDecodesItWithoutTheBom() throws Exception {
        byte[] littleEndian = ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_16LE);
        byte[] bigEndian = ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_16BE);

        assertThat(ArticleDecoder.decode(littleEndian, null)).isEqualTo(new DecodedText(GERMAN, "UTF-16LE"));
        assertThat(ArticleDecoder.decode(bigEndian, null)).isEqualTo(new DecodedText(GERMAN, "UTF-16BE"));
    }

    @Test
    void decode_WhenUtf16WithBomIsCutOff_ThenSaysSo() {
        byte[] odd = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'};

        assertThatThrownBy(() -> ArticleDecoder.decode(odd, WINDOWS_1252))
                .hasMessage("not valid UTF-16LE: malformed byte 0x62 at byte offset 4");
    }

    @Test
    void decode_WhenUtf16WithoutBom_ThenFailsAsBinary() {
        byte[] bytes = GERMAN.getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> ArticleDecoder.decode(bytes, WINDOWS_1252))
                .hasMessage("binary file: contains NUL bytes, first at byte offset 1");
    }

    @Test
    void decode_WhenEmpty_ThenSaysSo() {
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[0], WINDOWS_1252)).hasMessage("empty file");
    }

    @Test
    void decode_WhenOnlyBomAndWhiteSpace_ThenSaysThereIsNoText() {
        byte[] bytes = "\uFEFF \r\n\t\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ArticleDecoder.decode(bytes, WINDOWS_1252))
                .hasMessage("no text: the file holds only white space");
    }

    @Test
    void decode_WhenBinary_ThenSaysSo() {
        // a zip file's start: NUL bytes, and not UTF-8 either; the NUL decides
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0xC8, (byte) 0x9F};

        assertThatThrownBy(() -> ArticleDecoder.decode(zip, WINDOWS_1252))
                .hasMessage("binary file: contains NUL bytes, first at byte offset 5");
    }
}
