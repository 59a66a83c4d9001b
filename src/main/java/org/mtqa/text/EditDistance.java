package org.mtqa.text;

/** Whether two words are one typing slip apart: one letter inserted, deleted or replaced, or two adjacent swapped. */
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
}
