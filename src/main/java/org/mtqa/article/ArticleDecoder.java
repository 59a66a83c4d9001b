package org.mtqa.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into the text mtqa checks, so that offsets into the text mean the same for every consumer: a
 * leading byte order mark removed, nothing else changed. UTF-8 is the rule; a UTF-16 file is read when its BOM says so,
 * and a file that is not valid UTF-8 is read in the fallback encoding (usually windows-1252) when it looks like text
 * there, and the article says which encoding was used.
 */
public final class ArticleDecoder {

    /**
     * Text in a single-byte encoding has hardly any control characters besides tab and line ends; binary data or
     * text in another multi-byte encoding decoded that way has many.
     */
    private static final int MAX_CONTROL_CHARS_PER_THOUSAND = 1;

    private ArticleDecoder() {
    }

    /** The decoded text and the name of the encoding it was decoded from, e.g. "UTF-8" or "windows-1252". */
    public record DecodedText(String text, String encoding) {
    }

    /**
     * Decodes UTF-8 (with or without BOM), UTF-16 with BOM, or else the fallback encoding, or throws with a reason a
     * user can act on.
     *
     * @param fallback encoding for files that are not valid UTF-8; null to refuse them
     */
    public static DecodedText decode(byte[] bytes, Charset fallback) throws UndecodableException {
        if (bytes.length == 0) {
            throw new UndecodableException("empty file");
        }
        DecodedText decoded = decodeText(bytes, fallback);
        // nothing to check is no pass: a blank file is a failed download or export
        if (decoded.text().isBlank()) {
            throw new UndecodableException("no text: the file holds only white space");
        }
        return decoded;
    }

    private static DecodedText decodeText(byte[] bytes, Charset fallback) throws UndecodableException {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return withoutNul(strict(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return withoutNul(strict(bytes, 2, StandardCharsets.UTF_16BE));
        }
        // A NUL byte is no UTF-8 or single-byte text; UTF-16 without BOM looks the same and is refused with it.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UndecodableException("binary file: contains NUL bytes, first at byte offset " + i);
            }
        }
        boolean utf8Bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        try {
            return strict(bytes, utf8Bom ? 3 : 0, StandardCharsets.UTF_8);
        } catch (UndecodableException notUtf8) {
            // a UTF-8 BOM promises UTF-8: a file that has one and breaks it is broken, not in another encoding
            if (fallback == null || utf8Bom) {
                throw notUtf8;
            }
            return inFallback(bytes, fallback, notUtf8.getMessage());
        }
    }

    private static DecodedText inFallback(byte[] bytes, Charset fallback, String notUtf8) throws UndecodableException {
        DecodedText decoded;
        try {
            decoded = strict(bytes, 0, fallback);
        } catch (UndecodableException e) {
            throw new UndecodableException(notUtf8 + ", nor " + fallback.name() + " text (" + e.getMessage() + ")");
        }
        long controls = decoded.text().chars().filter(ArticleDecoder::isUnusualControl).count();
        if (controls * 1000 > (long) decoded.text().length() * MAX_CONTROL_CHARS_PER_THOUSAND) {
            throw new UndecodableException(String.format("%s, nor %s text (%d control characters)", notUtf8,
                    fallback.name(), controls));
        }
        return decoded;
    }

    /** Control characters other than tab and line and page ends, C1 controls included. */
    private static boolean isUnusualControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static DecodedText strict(byte[] bytes, int offset, Charset charset) throws UndecodableException {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in);
        } catch (CharacterCodingException e) {
            // the decoder stops with the buffer at the first byte it could not decode
            int position = Math.min(in.position(), bytes.length - 1);
            throw new UndecodableException(String.format("not valid %s: malformed byte 0x%02X at byte offset %d",
                    charset.name(), bytes[position] & 0xff, position));
        }
        return new DecodedText(text.toString(), charset.name());
    }

    private static DecodedText withoutNul(DecodedText decoded) throws UndecodableException {
        if (decoded.text().indexOf('\0') >= 0) {
            throw new UndecodableException("binary file: contains NUL characters");
        }
        return decoded;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file's bytes are not text mtqa can check; the message says why. */
    public static class UndecodableException extends Exception {
        public UndecodableException(String reason) {
            super(reason);
        }
    }
}
