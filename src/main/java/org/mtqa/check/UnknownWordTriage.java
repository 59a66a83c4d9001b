package org.mtqa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mtqa.artefact.Spans;
import org.mtqa.artefact.WordCounts;

/**
 * Names are not spelling errors. LanguageTool's speller flags every word its dictionary lacks, and on news most of
 * those are names, rare compounds or quoted foreign words. An unknown word stays a spelling error only on evidence of a
 * typo: one edit (a letter added, dropped, changed or two swapped) from a word the speller suggests. A capitalised
 * word also needs that word to be a noun, at least {@value #MIN_TYPO_LENGTH} letters and nothing name-like about it;
 * a lowercase word must not stand next to another unknown word, as in a quote in another language. Everything else is
 * INFO.
 */
public class UnknownWordTriage {

    /** Short capitalised words one edit from a noun are more often names (Keita, Clarke) than typos. */
    private static final int MIN_TYPO_LENGTH = 8;
    /**
     * Lowercase words this short are one slip from many words, so a slip proves nothing: they are mostly dialect
     * ("hätt", "bled"), English ("good", "door") or agency and author codes ("(APA, sid)").
     */
    private static final int MIN_LOWERCASE_TYPO_LENGTH = 5;
    /** An ending the speller splits off as if it were a word ("Feldkirch er", "Präfekt in"). */
    private static final Set<String> DERIVATION_ENDINGS = Set.of("er", "in", "es", "en", "e", "n", "s");
    /** Endings of surnames and place names from languages news translates from, rare in German words. */
    private static final Pattern NAME_LIKE_ENDING = Pattern.compile(
            ".*(ow|ew|ov|ova|ev|eva|ski|sky|ska|enko|chuk|yk|ez|ya|ey|yan|idis|escu|oglu|vic|wicz|shvili|uchi|ashi|"
                    + "elli|etti|ucci|ao)");
    /** Words after which a capitalised word is a name: titles and roles. */
    private static final Set<String> TITLES = Set.of("Herr", "Herrn", "Frau", "Dr", "Prof", "Professor",
            "Professorin", "Präsident", "Präsidentin", "Premier", "Minister", "Ministerin", "Kanzler", "Kanzlerin",
            "Sprecher", "Sprecherin", "Botschafter", "Botschafterin", "Chef", "Chefin", "Direktor", "Direktorin",
            "General", "Senator", "Senatorin", "Abgeordnete", "Abgeordneter", "Bürgermeister", "Bürgermeisterin",
            "Trainer", "Trainerin", "Autor", "Autorin", "Analyst", "Analystin", "Experte", "Expertin", "König",
            "Königin", "Prinz", "Prinzessin", "Papst", "Kardinal", "Bischof", "Stürmer", "Regisseur", "Regisseurin",
            "Sänger", "Sängerin", "Kollege", "Kollegin", "Diplomat", "Diplomatin", "Gouverneur", "Scheich", "Emir");

    private final GermanLexicon lexicon;
    public UnknownWordTriage(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * LanguageTool's findings with unknown words that show no typo evidence turned into INFO: capitalised ones as
     * probable names, lowercase ones as rare words or parts of a foreign-language passage.
     */
    public List<Finding> triage(String text, List<Finding> findings) {
        Map<String, Integer> counts = null;
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String word = text.substring(finding.start(), finding.end());
            if (!isSpeller(finding)) {
                kept.add(finding);
                continue;
            }
            Optional<String> nearWord = isDerivation(word, finding.suggestions()) ? Optional.empty()
                    : finding.suggestions().stream().limit(3)
                            .filter(suggestion -> !suggestion.contains(" ") && EditDistance.isOneEdit(suggestion, word))
                            .findFirst();
            if (Character.isUpperCase(word.codePointAt(0))) {
                if (counts == null) {
                    counts = WordCounts.of(text);
                }
                // needsSuggestions first: LanguageTool searched no suggestions for the words it rules out
                boolean typo = needsSuggestions(word) && nearWord.isPresent()
                        && !Diacritics.differOnlyInAccents(word, nearWord.get())
                        && lexicon.hasTag(nearWord.get(), "SUB") && !hasNameEvidenceAround(word, text, finding, counts);
                kept.add(typo ? asTypo(finding, word, nearWord.get()) : asName(finding, word));
            } else {
                boolean typo = nearWord.isPresent() && word.length() >= MIN_LOWERCASE_TYPO_LENGTH
                        && !inForeignPassage(text, finding);
                kept.add(typo ? asTypo(finding, word, nearWord.get()) : asRareWord(finding, word));
            }
        }
        return kept;
    }

    /**
     * The speller proposes the word itself with an ending split off ("Feldkircher" → "Feldkirch er"): the stem is
     * known, so the word is a derivation the dictionary lacks (a demonym, a feminine form), not a typo.
     */
    private static boolean isDerivation(String word, List<String> suggestions) {
        return suggestions.stream().limit(3).anyMatch(suggestion -> {
            int space = suggestion.indexOf(' ');
            return space > 0 && suggestion.indexOf(' ', space + 1) < 0
                    && DERIVATION_ENDINGS.contains(suggestion.substring(space + 1))
                    && (suggestion.substring(0, space) + suggestion.substring(space + 1)).equals(word);
        });
    }

    /** A neighbour the German dictionary does not know either: the word is part of a quote in another language. */
    private boolean inForeignPassage(String text, Finding finding) {
        String previous = wordBefore(text, finding.start());
        String next = wordAfter(text, finding.end());
        return (previous != null && !lexicon.isKnown(previous)) || (next != null && !lexicon.isKnown(next));
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

    /** Name evidence in the text: the word recurs, or stands after a title or next to another name. */
    private boolean hasNameEvidenceAround(String word, String text, Finding finding, Map<String, Integer> counts) {
        if (counts.getOrDefault(word, 0) > 1) {
            return true;
        }
        String previous = wordBefore(text, finding.start());
        String next = wordAfter(text, finding.end());
        return (previous != null && (TITLES.contains(previous) || isNameToken(previous)))
                || (next != null && isNameToken(next));
    }

    /** A capitalised word that is a name, or unknown like one: first names before surnames and the reverse. */
    private boolean isNameToken(String word) {
        return Character.isUpperCase(word.codePointAt(0))
                && (lexicon.hasTag(word, "EIG") || !lexicon.isKnown(word));
    }

    private static String wordBefore(String text, int start) {
        List<Spans.Span> words = Spans.words(text.substring(Math.max(0, start - 40), start));
        if (words.isEmpty()) {
            return null;
        }
        Spans.Span last = words.get(words.size() - 1);
        int gapStart = Math.max(0, start - 40) + last.end();
        return text.substring(gapStart, start).isBlank() ? last.value() : null;
    }

    private static String wordAfter(String text, int end) {
        List<Spans.Span> words = Spans.words(text.substring(end, Math.min(text.length(), end + 40)));
        if (words.isEmpty() || !text.substring(end, end + words.get(0).start()).isBlank()) {
            return null;
        }
        return words.get(0).value();
    }

    private static boolean isSpeller(Finding finding) {
        return finding.rule().contains("SPELLER_RULE");
    }

    private static Finding asName(Finding finding, String word) {
        return new Finding(finding.category(), finding.rule(), finding.source(), Severity.INFO, finding.start(),
                finding.end(), "Unknown word, probably a name: '" + word + "'. Add it to the allow list if it is right",
                List.of());
    }

    private static Finding asRareWord(Finding finding, String word) {
        return new Finding(finding.category(), finding.rule(), finding.source(), Severity.INFO, finding.start(),
                finding.end(), "Unknown word, not near any dictionary word: '" + word
                        + "'. Probably a rare compound or a foreign word; add it to the allow list if it is right",
                finding.suggestions());
    }

    private static Finding asTypo(Finding finding, String word, String nearWord) {
        return new Finding(finding.category(), finding.rule(), finding.source(), finding.severity(), finding.start(),
                finding.end(), "Possible typo: '" + word + "' is one letter away from '" + nearWord + "'",
                finding.suggestions());
    }
}
