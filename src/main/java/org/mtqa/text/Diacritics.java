package org.mtqa.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Names from other languages lose their accents in German news as a matter of house style ("Ibrahimovic",
 * "Chisinau"); LanguageTool's name lists and speller propose the accented form. Such a difference is no error.
 */
public final class Diacritics {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Diacritics() {
    }

    /** True when the two differ, but only in accents: "Ibrahimovic" and "Ibrahimović", not "Kaida" and "Qaida". */
    public static boolean differOnlyInAccents(String written, String proposed) {
        return !written.equals(proposed) && withoutAccents(written).equals(withoutAccents(proposed));
    }

    private static String withoutAccents(String text) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
