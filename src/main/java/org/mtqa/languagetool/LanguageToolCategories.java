package org.mtqa.languagetool;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.languagetool.rules.Rule;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;

/**
 * Maps LanguageTool's category ids onto mtqa's six LanguageTool categories, and a rule that finds one of mtqa's
 * artefact kinds onto that kind. German capitalisation rules (CASING) count
 * as grammar, because in German they follow from a word's part of speech; getting a compound's spelling together or
 * apart (COMPOUNDING) counts as spelling.
 */
public final class LanguageToolCategories {

    private static final Map<String, Category> BY_LANGUAGETOOL_ID = Map.ofEntries(
            Map.entry("TYPOS", Category.SPELLING),
            Map.entry("COMPOUNDING", Category.SPELLING),
            Map.entry("EMPFOHLENE_RECHTSCHREIBUNG", Category.SPELLING),
            Map.entry("OLD_SPELLING", Category.SPELLING),
            Map.entry("PROPER_NOUNS", Category.SPELLING),
            Map.entry("MULTITOKEN_SPELLING", Category.SPELLING),
            Map.entry("GRAMMAR", Category.GRAMMAR),
            Map.entry("CASING", Category.GRAMMAR),
            Map.entry("CONFUSED_WORDS", Category.GRAMMAR),
            Map.entry("SEMANTICS", Category.GRAMMAR),
            Map.entry("PUNCTUATION", Category.PUNCTUATION),
            Map.entry("HILFESTELLUNG_KOMMASETZUNG", Category.PUNCTUATION),
            Map.entry("TYPOGRAPHY", Category.TYPOGRAPHY),
            Map.entry("STYLE", Category.STYLE),
            Map.entry("REDUNDANCY", Category.STYLE),
            Map.entry("REPETITIONS", Category.STYLE),
            Map.entry("REPETITIONS_STYLE", Category.STYLE),
            Map.entry("COLLOQUIALISMS", Category.STYLE),
            Map.entry("REGIONALISMS", Category.STYLE),
            Map.entry("GENDER_NEUTRALITY", Category.STYLE),
            Map.entry("PLAIN_ENGLISH", Category.STYLE),
            Map.entry("WIKIPEDIA", Category.STYLE),
            Map.entry("FALSE_FRIENDS", Category.STYLE));

    /** Rules that find an artefact kind of mtqa's own, whatever LanguageTool files them under. */
    private static final Map<String, Category> BY_RULE_ID = Map.of("DE_UNPAIRED_QUOTES", Category.QUOTATION);

    /**
     * Rules that find a compound written as two words: from LanguageTool's list ("Elektro Autos"), with a linking "s"
     * ("Bestechungs Gelder") or two nouns that join into a known one ("Holz Schnitte"). Their matches are split words
     * only where the fix deletes a space before a capital: a missing hyphen ("Davis Cup", "Saudi Arabien"), a hyphen
     * to drop ("Benefiz-Konzert") or a lower-case spelling slip ("all zu", "zurück zu bauen") is the spelling that
     * human editors get wrong too, and stays in LanguageTool's category.
     */
    private static final Set<String> COMPOUND_RULES = Set.of("DE_COMPOUNDS", "FUGEN_S_ZUSAMMENSCHREIBUNG",
            "ELF_FUSSBALL_SPIELER");

    /**
     * LanguageTool's rule for a verb torn from its particle or prefix ("unter zeichnen", "auf geführt"): its match is a
     * split word when the fix only deletes the space.
     */
    private static final String SPLIT_VERB_RULE = "ZUSAMMENGESETZTE_VERBEN";

    /**
     * LanguageTool's rule for a word typed twice ("in in", "bleiben bleiben"). It compares words ignoring case, so
     * it also matches a noun before its adjective ("Ob der Klug klug ist") and a sentence's opening article before a
     * verb ("Die Macht macht"); only a word repeated letter for letter is the duplicate an MT system or an editor
     * left behind.
     */
    private static final String WORD_REPEAT_RULE = "GERMAN_WORD_REPEAT_RULE";

    /**
     * Categories whose matches are not errors: Duden's preferred one of two correct spellings ("mithilfe" for "mit
     * Hilfe", "Grafik" for "Graphik"), and names written another way than LanguageTool's list has them ("Jong Un" for
     * "Jong-un", "Alexis Sanchez" without its accent), which news writes in its house style.
     */
    private static final Set<String> PREFERENCES = Set.of("EMPFOHLENE_RECHTSCHREIBUNG", "PROPER_NOUNS",
            "MULTITOKEN_SPELLING");

    /**
     * Rules whose matches are a choice the rules of German spelling leave open: "Du" and "Dich" may be capitalised
     * when the writer addresses someone, as letters, posts and advertisements quoted in news do (the official rules of
     * German spelling, § 66).
     */
    private static final Set<String> PREFERENCE_RULES = Set.of("DE_DU_UPPER_LOWER");

    private LanguageToolCategories() {
    }

    /** The category of a rule; anything unknown (MISC and rules of new LanguageTool versions) is OTHER. */
    public static Category of(Rule rule) {
        Category byRule = BY_RULE_ID.get(rule.getId());
        return byRule != null ? byRule
                : BY_LANGUAGETOOL_ID.getOrDefault(rule.getCategory().getId().toString(), Category.OTHER);
    }

    /**
     * The category of one match: SPLIT_WORD for a compound rule's match whose first suggestion is the matched text with
     * a space before a capital deleted ("Transit Gebühren" to "Transitgebühren") and for a verb torn from its particle
     * ("auf geführt" to "aufgeführt"), else {@link #of(Rule)}.
     *
     * @param matched the text the match covers
     * @param suggestions the match's suggested replacements, best first; may be empty
     */
    public static Category of(Rule rule, String matched, List<String> suggestions) {
        if (WORD_REPEAT_RULE.equals(rule.getId()) && isWordTypedTwice(matched)) {
            return Category.DUPLICATE_TEXT;
        }
        if (SPLIT_VERB_RULE.equals(rule.getId()) && !suggestions.isEmpty()
                && suggestions.get(0).equals(matched.replace(" ", ""))) {
            return Category.SPLIT_WORD;
        }
        return COMPOUND_RULES.contains(rule.getId()) && !suggestions.isEmpty()
                && isSplitBeforeCapital(matched, suggestions.get(0)) ? Category.SPLIT_WORD : of(rule);
    }

    private static boolean isWordTypedTwice(String matched) {
        String[] words = matched.split("\\s+");
        return words.length == 2 && words[0].equals(words[1]);
    }

    private static boolean isSplitBeforeCapital(String matched, String joined) {
        int space = matched.indexOf(' ');
        return space > 0 && space + 1 < matched.length() && Character.isUpperCase(matched.charAt(space + 1))
                && joined.equalsIgnoreCase(matched.replace(" ", ""));
    }

    /**
     * Severity of a match of a rule in a category ({@link Category#severity()}: spelling, grammar and punctuation
     * errors are MINOR, as MQM rates errors that do not change meaning; typography and style remarks INFO), INFO
     * for spelling preferences, because on published news they are matters of house style, and MINOR for a word
     * typed twice.
     */
    public static Severity severityOf(Rule rule, Category category) {
        if (WORD_REPEAT_RULE.equals(rule.getId())) {
            // a word typed twice costs the reader a stumble, not the meaning: MQM's minor
            return category == Category.DUPLICATE_TEXT ? Severity.MINOR : Severity.INFO;
        }
        if (SPLIT_VERB_RULE.equals(rule.getId())) {
            // a particle apart from its verb still reads as that verb ("vor hat"): minor, unlike a noun torn in two
            return Severity.MINOR;
        }
        return PREFERENCES.contains(rule.getCategory().getId().toString()) || PREFERENCE_RULES.contains(rule.getId())
                ? Severity.INFO : category.severity();
    }
}
