package org.mtqa.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into the text mtqa checks: strict UTF-8, a leading BOM removed, nothing else changed, so that
 * offsets into the text mean the same for every consumer.
 */
public final class ArticleDecoder {

    private ArticleDecoder() {
    }

    /** Decodes UTF-8 with or without BOM, or throws with a reason a user can act on. */
    public static String decode(byte[] bytes) throws UndecodableException {
        if (bytes.length == 0) {
            throw new UndecodableException("empty file");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            // the decoder stops with the buffer at the first byte it could not decode
            int position = Math.min(in.position(), bytes.length - 1);
            throw new UndecodableException(String.format(
                    "not valid UTF-8: malformed byte 0x%02X at byte offset %d", bytes[position] & 0xff, position));
        }
        if (text.indexOf('\0') >= 0) {
            throw new UndecodableException("binary file: contains NUL characters");
        }
        return text;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** The file's bytes are not text mtqa can check; the message says why. */
    public static class UndecodableException extends Exception {
        public UndecodableException(String reason) {
            super(reason);
        }
    }
}
