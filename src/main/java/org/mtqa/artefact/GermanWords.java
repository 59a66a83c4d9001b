package org.mtqa.artefact;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.languagetool.AnalyzedToken;
import org.mtqa.languagetool.GermanLexicon;

/** What the detectors ask of a word beyond the lexicon's own questions. */
final class GermanWords {

    /** Inseparable verb prefixes, a closed class: "be", "ver", "ent", "zer", "er", "ge", "miss". */
    private static final Set<String> VERB_PREFIXES = Set.of("be", "ver", "ent", "zer", "er", "ge", "miss", "un");

    /** The shortest noun that counts as a compound's head: shorter ones end too many words by chance. */
    private static final int MIN_HEAD_LETTERS = 4;

    /** An adjective or participle inflected for case, as it stands before a noun: "ADJ:DAT:PLU:…", "PA2:NOM:…". */
    static final Pattern ATTRIBUTIVE = Pattern.compile("(?:ADJ|PA[12]):(?:NOM|AKK|DAT|GEN):");

    /** A finite verb, read from the start of a POS tag: "VER:3:SIN:PRÄ:SFT", "VER:AUX:3:PLU:PRT". */
    static final Pattern FINITE_VERB = Pattern.compile("VER:(?:(?:AUX|MOD):)?[123]:");
    /** What stands between a preposition and its noun: articles, number words, determiners, adjectives. */
    private static final Pattern NOUN_PHRASE_OPENER = Pattern.compile("ART|ZAL|PRO:(?:DEM|POS|IND)|ADJ|PA[12]");

    /**
     * German adjective and verb derivation with its inflection: "säkularistische", "konsequenzlos", "arcadiger",
     * "thermoresponsiven", "kampagnisieren"; "-ive" and "-ives" end Romance adjectives too. Derivational suffixes are a closed class, so a pattern is the right tool.
     */
    private static final Pattern DERIVED = Pattern.compile("\\p{Ll}{3,}(?:(?:isch|lich|ig|bar|sam|haft|los)"
            + "(?:e[mnrs]?|er(?:e[mnrs]?)?|st(?:e[mnrs]?)?)?|iv(?:e[mnr])|i(?:er|sier)(?:en|t|te|ten|ter|tes|tem|st))");

    /** A compound's last part, a lowercase word the speller knows ("nahen" in "oppositionsnahen"), has this many letters. */
    private static final int MIN_LAST_PART = 3;
    private static final int MIN_FIRST_PART = 2;

    private GermanWords() {
    }

    /**
     * A lowercase word the dictionary lacks that German word formation explains: a derivation by suffix
     * ("phoniatrische", "undergroundigsten"), or a compound of a known word, perhaps with a linking "s", "n", "en" or
     * "es", and a known lowercase word ("oppositionsnahen", "wadenhohe", "besachwaltern" from "be" and "Sachwaltern"
     * read as one). No word of another language is built so.
     */
    static boolean isGermanFormation(GermanLexicon lexicon, String word) {
        if (DERIVED.matcher(word).matches()) {
            return true;
        }
        for (int k = MIN_FIRST_PART; k <= word.length() - MIN_LAST_PART; k++) {
            String first = word.substring(0, k);
            String rest = word.substring(k);
            boolean restKnown = lexicon.isKnown(rest) || lexicon.isKnown(Character.toUpperCase(rest.charAt(0))
                    + rest.substring(1)) && rest.length() > MIN_LAST_PART;
            if (restKnown && (isKnownPart(lexicon, first) || Stream.of("s", "n", "en", "es").anyMatch(link ->
                    first.length() > link.length() + 1 && first.endsWith(link)
                            && isKnownPart(lexicon, first.substring(0, first.length() - link.length()))))) {
                return true;
            }
        }
        return false;
    }

    /** A compound's first part: a word the speller knows in lower or upper case, or a verb prefix ("be", "ver"). */
    private static boolean isKnownPart(GermanLexicon lexicon, String part) {
        return part.length() > MIN_FIRST_PART && (lexicon.isKnown(part)
                || lexicon.isKnown(Character.toUpperCase(part.charAt(0)) + part.substring(1)))
                || VERB_PREFIXES.contains(part);
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

    /** A word the dictionary knows, or an abbreviation it knows with its full stop ("bzw."). */
    static boolean isKnownOrAbbreviation(GermanLexicon lexicon, String word) {
        return lexicon.isKnown(word) || lexicon.isKnown(word + ".");
    }

    /** Two or more letters, all uppercase: an acronym ("EU", "BSP") or a dateline ("WIEN"). */
    static boolean isAcronym(String word) {
        return word.chars().filter(Character::isLetter).count() > 1
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * The words open a sentence with a prepositional phrase up to its noun: a capitalised preposition, then only
     * articles, number words, determiners and adjectives ("Am letzten", "In vielen"). A German main clause holds one
     * phrase before its finite verb, so the verb comes right after that noun.
     */
    static boolean isFrontedPrepositionalPhrase(GermanLexicon lexicon, List<String> words) {
        return !words.isEmpty() && Character.isUpperCase(words.get(0).charAt(0))
                && lexicon.hasTag(words.get(0), "PRP")
                && words.subList(1, words.size()).stream().allMatch(w -> hasTag(lexicon, w, NOUN_PHRASE_OPENER));
    }

    /** Every reading a verb, finite in one at least: "melden", "fordert"; not "reisen" (also a noun). */
    static boolean isVerbOnly(GermanLexicon lexicon, String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return !readings.isEmpty()
                && readings.stream().allMatch(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("VER"))
                && readings.stream().anyMatch(r -> FINITE_VERB.matcher(r.getPOSTag()).lookingAt());
    }

    /** A lower-case adjective or participle with an inflection: "anhaltende", "dreifache". */
    static boolean isLowercaseAttributive(GermanLexicon lexicon, String word) {
        return Character.isLowerCase(word.charAt(0)) && hasTag(lexicon, word, ATTRIBUTIVE);
    }

    /**
     * An article or an inflected adjective in lower case, after which a noun must follow ("der …", "anhaltende …"); a
     * capitalised word after a name, preposition or conjunction may be a name or an adjective used as a noun.
     */
    static boolean opensNounPhrase(GermanLexicon lexicon, String word) {
        return word != null && Character.isLowerCase(word.charAt(0))
                && (lexicon.hasTag(word, "ART") || hasTag(lexicon, word, ATTRIBUTIVE));
    }

    /** True when some reading's POS tag begins with a match of {@code tags} ("ART|PRP": article or preposition). */
    static boolean hasTag(GermanLexicon lexicon, String word, Pattern tags) {
        return lexicon.readings(word).stream().anyMatch(r -> tags.matcher(r.getPOSTag()).lookingAt());
    }
}
