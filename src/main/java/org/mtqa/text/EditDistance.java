package org.mtqa.text;

/**
 * How many typing slips apart two words are: letters inserted, deleted or replaced, or two adjacent swapped (the
 * optimal string alignment distance of Damerau and Levenshtein).
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static boolean isOneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String other = longer == a ? b : a;
            return longer.substring(prefix + 1).equals(other.substring(prefix));
        }
        if (a.substring(prefix + 1).equals(b.substring(prefix + 1))) {
            return true;
        }
        return prefix + 1 < a.length() && a.charAt(prefix) == b.charAt(prefix + 1)
                && a.charAt(prefix + 1) == b.charAt(prefix) && a.substring(prefix + 2).equals(b.substring(prefix + 2));
    }

    /** The number of slips between the two words, each an insertion, deletion, replacement or adjacent swap. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
