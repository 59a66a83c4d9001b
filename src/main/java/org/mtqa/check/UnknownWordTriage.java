package org.mtqa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.languagetool.SuggestionGate;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Diacritics;
import org.mtqa.text.EditDistance;

/**
 * Names are not spelling errors. LanguageTool's speller flags every word its dictionary lacks, and on news most of
 * those are names, rare compounds or quoted foreign words. An unknown word stays a spelling error only on evidence of a
 * typo: one edit (a letter added, dropped, changed or two swapped) from a word the speller suggests. A capitalised
 * word also needs that word to be a noun, at least {@value SuggestionGate#MIN_TYPO_LENGTH} letters and nothing name-like about it;
 * a lowercase word must not stand next to another unknown word, as in a quote in another language. Everything else is
 * INFO.
 */
public class UnknownWordTriage implements FindingTriage {

    /**
     * Lowercase words this short are one slip from many words, so a slip proves nothing: they are mostly dialect
     * ("hätt", "bled"), English ("good", "door") or agency and author codes ("(APA, sid)").
     */
    private static final int MIN_LOWERCASE_TYPO_LENGTH = 5;
    /** Letters that German inflection and derivation add to a word's end ("-e", "-en", "-er", "-es", "-st", "-t"). */
    private static final String INFLECTION_LETTERS = "enrst";
    /** Shorter words take a letter more and are another word or a name ("Prix", "Wegy"). */
    private static final int MIN_GLUED_ON_WORD = 4;
    /** An ending the speller splits off as if it were a word ("Feldkirch er", "Präfekt in"). */
    private static final Set<String> DERIVATION_ENDINGS = Set.of("er", "in", "es", "en", "e", "n", "s");
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
    @Override
    public List<Finding> triage(AnalysedText text, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String word = text.text().substring(finding.start(), finding.end());
            if (!isSpeller(finding)) {
                kept.add(finding);
                continue;
            }
            Optional<String> nearWord = isDerivation(word, finding.suggestions()) ? Optional.empty()
                    : finding.suggestions().stream().limit(3)
                            .filter(suggestion -> !suggestion.contains(" ") && EditDistance.isOneEdit(suggestion, word))
                            .findFirst();
            if (Character.isUpperCase(word.codePointAt(0))) {
                // needsSuggestions first: LanguageTool searched no suggestions for the words it rules out
                boolean typo = SuggestionGate.needsSuggestions(word) && nearWord.isPresent()
                        && !Diacritics.differOnlyInAccents(word, nearWord.get())
                        && !differsOnlyInInnerCase(word, nearWord.get())
                        && lexicon.hasTag(nearWord.get(), "SUB") && !hasNameEvidenceAround(word, text, finding);
                kept.add(!typo ? asName(finding, word)
                        : isNewCompound(word, nearWord.get()) ? asNewCompound(finding, word)
                        : asTypo(finding, word, nearWord.get()));
            } else {
                // a verb form LanguageTool's tagger knows ("anwandelt") is a word its speller merely lacks
                boolean typo = nearWord.isPresent() && word.length() >= MIN_LOWERCASE_TYPO_LENGTH
                        && !lexicon.hasTag(word, "VER") && !inForeignPassage(text, finding);
                kept.add(!typo ? asRareWord(finding, word)
                        : isNewCompound(word, nearWord.get()) ? asNewCompound(finding, word)
                        : asTypo(finding, word, nearWord.get()));
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

    /**
     * "Youtubers" for "YouTubers": the same letters, the same first letter, a capital inside the word added or dropped.
     * German spelling rules govern first letters only; a capital inside a word is a brand's house style.
     */
    private static boolean differsOnlyInInnerCase(String word, String nearWord) {
        return word.length() == nearWord.length() && word.charAt(0) == nearWord.charAt(0)
                && !word.equals(nearWord) && word.equalsIgnoreCase(nearWord);
    }

    /** A neighbour the German dictionary does not know either: the word is part of a quote in another language. */
    private boolean inForeignPassage(AnalysedText text, Finding finding) {
        String previous = text.wordBefore(finding.start());
        String next = text.wordAfter(finding.end());
        return (previous != null && !lexicon.isKnown(previous)) || (next != null && !lexicon.isKnown(next));
    }

    /** Name evidence in the text: the word recurs, or stands after a title or next to another name. */
    private boolean hasNameEvidenceAround(String word, AnalysedText text, Finding finding) {
        if (text.count(word) > 1) {
            return true;
        }
        String previous = text.wordBefore(finding.start());
        String next = text.wordAfter(finding.end());
        return (previous != null && (TITLES.contains(previous) || isNameToken(previous)))
                || (next != null && isNameToken(next));
    }

    /** A capitalised word that is a name, or unknown like one: first names before surnames and the reverse. */
    private boolean isNameToken(String word) {
        return Character.isUpperCase(word.codePointAt(0))
                && (lexicon.hasTag(word, "EIG") || !lexicon.isKnown(word));
    }

    private static boolean isSpeller(Finding finding) {
        return finding.rule().contains("SPELLER_RULE");
    }

    /**
     * A compound the dictionary lacks but whose parts it knows ("Schrumpfkur", "Steuerzuckerl"): German coins such
     * words freely, so being one slip from another word proves nothing. A slip at a joint stays a typo: a missing or
     * extra linking element ("Staatanwaltschaft" for "Staatsanwaltschaft") is a real error.
     */
    private boolean isNewCompound(String word, String nearWord) {
        List<String> parts = lexicon.compoundParts(word);
        // the strict splitter cuts only into parts its dictionary knows
        if (parts.size() < 2 || !parts.stream().allMatch(part -> part.length() >= 3)) {
            return false;
        }
        int slip = 0;
        while (slip < Math.min(word.length(), nearWord.length()) && word.charAt(slip) == nearWord.charAt(slip)) {
            slip++;
        }
        int joint = 0;
        for (String part : parts.subList(0, parts.size() - 1)) {
            joint += part.length();
            if (Math.abs(slip - joint) <= 1) {
                return false;
            }
        }
        return true;
    }

    private static Finding asNewCompound(Finding finding, String word) {
        return new Finding(finding.category(), finding.rule(), finding.source(), Severity.INFO, finding.start(),
                finding.end(), "Unknown compound of known words: '" + word + "'. Add it to the allow list if it is right",
                List.of());
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
        // named for what it most likely is, rated as the spelling error it may also be: a word the dictionary lacks
        // ("Steuerzuckerl", "raufgeschrieben") has the same shape
        if (isLetterGluedOn(word, nearWord)) {
            return new Finding(Category.STRAY_CHARACTER, finding.rule(), finding.source(), finding.severity(),
                    finding.start(), finding.end(),
                    "Stray letter glued to '" + nearWord + "': '" + word + "'", List.of(nearWord));
        }
        return new Finding(finding.category(), finding.rule(), finding.source(), finding.severity(), finding.start(),
                finding.end(), "Possible typo: '" + word + "' is one letter away from '" + nearWord + "'",
                finding.suggestions());
    }

    /**
     * The word is the near word with one letter more at an end ("Akademiex", "kleinenl", "wAnsehnliche"): a character
     * left over from a drop cap, markup or a broken link rather than a slip of the key. A doubled letter ("sagenn") is a
     * slip, and so is one of the letters German endings are made of ("Tunichtgute", "Radare"), and a lower-case letter
     * before a capital ("sRGB", "iPlayer") is a name's own casing.
     */
    static boolean isLetterGluedOn(String word, String nearWord) {
        if (nearWord.length() < MIN_GLUED_ON_WORD || word.length() != nearWord.length() + 1) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        if (word.startsWith(nearWord)) {
            return Character.isLetter(last) && INFLECTION_LETTERS.indexOf(last) < 0
                    && last != nearWord.charAt(nearWord.length() - 1);
        }
        // in the word's own casing: "wansehnliche", "DAufnahmen"; "iPlayer" and "mSilber" are a brand and a unit
        char first = word.charAt(0);
        return word.endsWith(nearWord) && Character.isLetter(first)
                && Character.isUpperCase(first) == Character.isUpperCase(nearWord.charAt(0))
                && Character.toLowerCase(first) != Character.toLowerCase(nearWord.charAt(0))
                && !Character.isUpperCase(nearWord.charAt(1));
    }
}
