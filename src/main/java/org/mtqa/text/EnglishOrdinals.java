package org.mtqa.text;

/** English ordinal suffixes, which both detection and injection of foreign number formats need. */
public final class EnglishOrdinals {

    private EnglishOrdinals() {
    }

    /** The suffix English writes after {@code n}: "st" (1st, 21st), "nd", "rd", and "th" (4th, 11th to 13th). */
    public static String suffix(int n) {
        return n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }
}
