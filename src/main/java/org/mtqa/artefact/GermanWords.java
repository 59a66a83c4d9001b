package org.mtqa.artefact;

import java.util.regex.Pattern;

import org.mtqa.languagetool.GermanLexicon;

/** What the detectors ask of a word beyond the lexicon's own questions. */
final class GermanWords {

    /** The shortest noun that counts as a compound's head: shorter ones end too many words by chance. */
    private static final int MIN_HEAD_LETTERS = 4;

    /** An adjective or participle inflected for case, as it stands before a noun: "ADJ:DAT:PLU:…", "PA2:NOM:…". */
    static final Pattern ATTRIBUTIVE = Pattern.compile("(?:ADJ|PA[12]):(?:NOM|AKK|DAT|GEN):");

    /** A finite verb, read from the start of a POS tag: "VER:3:SIN:PRÄ:SFT", "VER:AUX:3:PLU:PRT". */
    static final Pattern FINITE_VERB = Pattern.compile("VER:(?:(?:AUX|MOD):)?[123]:");

    private GermanWords() {
    }

    /**
     * The word ends in a noun of {@value #MIN_HEAD_LETTERS} letters or more that the tagger reads ("Entsalzungsanlage"
     * in "Anlage", "Burschenschaft" in "Schaft"): a compound the tagger itself lacks, not a name ("Tomasz").
     */
    static boolean endsInNoun(GermanLexicon lexicon, String word) {
        for (int k = 1; k <= word.length() - MIN_HEAD_LETTERS; k++) {
            if (lexicon.hasTag(Character.toUpperCase(word.charAt(k)) + word.substring(k + 1), "SUB")) {
                return true;
            }
        }
        return false;
    }

    /** Known to the speller and read by the tagger as something other than a name: a German word, not "Ankara". */
    static boolean isGermanWord(GermanLexicon lexicon, String word) {
        return lexicon.isKnown(word) && lexicon.readings(word).stream().anyMatch(r -> !r.getPOSTag().startsWith("EIG"));
    }

    /** True when some reading's POS tag begins with a match of {@code tags} ("ART|PRP": article or preposition). */
    static boolean hasTag(GermanLexicon lexicon, String word, Pattern tags) {
        return lexicon.readings(word).stream().anyMatch(r -> tags.matcher(r.getPOSTag()).lookingAt());
    }
}
