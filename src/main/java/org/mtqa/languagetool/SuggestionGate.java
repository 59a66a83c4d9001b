package org.mtqa.languagetool;

import java.util.regex.Pattern;

/**
 * Which unknown words the speller searches suggestions for. On news most unknown words are names, and the search is
 * the largest part of LanguageTool's time there (34% in a profile of 100 10kGNAD articles); the unknown-word triage
 * reports a capitalised word that is too short or too name-like to be a typo as a name whatever the suggestions, so
 * neither LanguageTool nor the triage needs them for such a word.
 */
public final class SuggestionGate {

    /** Short capitalised words one edit from a noun are more often names (Keita, Clarke) than typos. */
    public static final int MIN_TYPO_LENGTH = 8;
    /** Endings of surnames and place names from languages news translates from, rare in German words. */
    private static final Pattern NAME_LIKE_ENDING = Pattern.compile(
            ".*(ow|ew|ov|ova|ev|eva|ski|sky|ska|enko|chuk|yk|ez|ya|ey|yan|idis|escu|oglu|vic|wicz|shvili|uchi|ashi|"
                    + "elli|etti|ucci|ao)");

    private SuggestionGate() {
    }

    /**
     * Whether the speller's suggestions for an unknown word can change what the triage reports, judged on the word
     * alone. A capitalised word too short or too name-like to be a typo is reported as a name, without suggestions;
     * searching for them is the largest part of LanguageTool's time on news, where most unknown words are names.
     * Lowercase words keep their suggestions even when they are not typos, so they always need them.
     */
    public static boolean needsSuggestions(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return bare.isEmpty() || !Character.isUpperCase(bare.codePointAt(0))
                || bare.length() >= MIN_TYPO_LENGTH && !looksLikeName(bare);
    }

    /** Name evidence inside the word itself: inner capitals (McCain), digits, hyphens, foreign name endings. */
    private static boolean looksLikeName(String word) {
        return word.chars().skip(1).anyMatch(Character::isUpperCase) || word.chars().anyMatch(Character::isDigit)
                || word.contains("-") || NAME_LIKE_ENDING.matcher(word).matches();
    }
}
