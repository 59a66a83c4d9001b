package org.mtqa.report;

import static java.nio.charset.StandardCharsets.UTF_8;

/** File names as long as Linux allows: 255 bytes of UTF-8. */
public final class LongNames {

    private LongNames() {
    }

    /** A {@code .txt} name of exactly 255 bytes: the pattern repeated as far as it fits, "n" to fill up. */
    public static String of255Bytes(String pattern) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; ; i = (i + Character.charCount(pattern.codePointAt(i))) % pattern.length()) {
            String next = Character.toString(pattern.codePointAt(i));
            if ((name + next).getBytes(UTF_8).length > 251) {
                break;
            }
            name.append(next);
        }
        return name + "n".repeat(251 - name.toString().getBytes(UTF_8).length) + ".txt";
    }
}
