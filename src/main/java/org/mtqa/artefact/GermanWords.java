package org.mtqa.artefact;

import java.util.regex.Pattern;

import org.mtqa.languagetool.GermanLexicon;

/** What the detectors ask of a word beyond the lexicon's own questions. */
final class GermanWords {

    private GermanWords() {
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
