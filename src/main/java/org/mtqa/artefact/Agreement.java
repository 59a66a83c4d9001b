package org.mtqa.artefact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.languagetool.GermanLexicon;

/**
 * Case, number and gender agreement between a determiner and the word after it, read from LanguageTool's POS tags
 * ("ART:DEF:NOM:SIN:MAS", "SUB:DAT:PLU:FEM", "ADJ:AKK:SIN:NEU:GRU:DEF"). A determiner is an article, a demonstrative,
 * possessive or indefinite pronoun ("diese", "seine", "kein"), or a preposition fused with the article ("im", "zur").
 */
final class Agreement {

    /** Case, number and gender as the tags write them; NOG (no gender) and ALG (any gender) agree with every gender. */
    private static final Pattern FEATURES = Pattern.compile(":(NOM|AKK|DAT|GEN):(SIN|PLU):(MAS|FEM|NEU|NOG|ALG)");

    private static final Pattern DETERMINER_TAG = Pattern.compile("ART|PRO:(?:DEM|POS|IND)");

    private static final Pattern NOMINAL_TAG = Pattern.compile("SUB|ADJ|EIG|PA[12]");

    private static final Pattern NOUN_TAG = Pattern.compile("SUB");

    private static final Pattern NOUN_NOT_INFINITIVE_TAG = Pattern.compile("SUB(?!.*:INF$)");

    private static final Pattern STRONG_ADJECTIVE_TAG = Pattern.compile("(?:ADJ|PA[12]):.*:SOL(?::|$)");

    /**
     * The prepositions fused with the definite article (German grammar's closed class of "Apprart"): the tagger reads
     * them as prepositions only, without the article's case, number and gender.
     */
    private static final Map<String, List<String>> FUSED_ARTICLES = Map.ofEntries(
            Map.entry("am", List.of(":DAT:SIN:MAS", ":DAT:SIN:NEU")),
            Map.entry("im", List.of(":DAT:SIN:MAS", ":DAT:SIN:NEU")),
            Map.entry("vom", List.of(":DAT:SIN:MAS", ":DAT:SIN:NEU")),
            Map.entry("zum", List.of(":DAT:SIN:MAS", ":DAT:SIN:NEU")),
            Map.entry("beim", List.of(":DAT:SIN:MAS", ":DAT:SIN:NEU")),
            Map.entry("zur", List.of(":DAT:SIN:FEM")),
            Map.entry("ans", List.of(":AKK:SIN:NEU")),
            Map.entry("ins", List.of(":AKK:SIN:NEU")),
            Map.entry("aufs", List.of(":AKK:SIN:NEU")),
            Map.entry("durchs", List.of(":AKK:SIN:NEU")),
            Map.entry("fürs", List.of(":AKK:SIN:NEU")),
            Map.entry("ums", List.of(":AKK:SIN:NEU")));

    private Agreement() {
    }

    /** The features of a determiner's readings, as ":CASE:NUMBER:GENDER"; empty when the word is no determiner. */
    static List<String> ofDeterminer(GermanLexicon lexicon, String word) {
        List<String> fused = FUSED_ARTICLES.get(word.toLowerCase(Locale.GERMAN));
        if (fused != null) {
            return fused;
        }
        return features(lexicon, word, DETERMINER_TAG);
    }

    /** The features of a noun's, name's, adjective's or participle's readings. */
    static List<String> ofNominal(GermanLexicon lexicon, String word) {
        return features(lexicon, word, NOMINAL_TAG);
    }

    /**
     * The features of an adjective's or participle's strong readings ("neues"): with no determiner before it, the
     * adjective shows the noun phrase's case, number and gender itself.
     */
    static List<String> ofStrongAdjective(GermanLexicon lexicon, String word) {
        return features(lexicon, word, STRONG_ADJECTIVE_TAG);
    }

    /** The features of the noun readings that are no nominalised infinitive ("Küstenorten" as "Küstenorte", dative). */
    static List<String> ofNounNotInfinitive(GermanLexicon lexicon, String word) {
        return features(lexicon, word, NOUN_NOT_INFINITIVE_TAG);
    }

    /** The features of the noun readings only: what a compound's head makes of it. */
    static List<String> ofNoun(GermanLexicon lexicon, String word) {
        return features(lexicon, word, NOUN_TAG);
    }

    /** The determiner agrees with the noun, name, adjective or participle after it: "den" before "Umgang". */
    static boolean determines(GermanLexicon lexicon, String determiner, String word) {
        return agree(ofDeterminer(lexicon, determiner), ofNominal(lexicon, word));
    }

    /** True when some pair of readings has the same case and number and compatible genders. */
    static boolean agree(List<String> determiner, List<String> nominal) {
        for (String d : determiner) {
            for (String n : nominal) {
                if (agree(d, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean agree(String a, String b) {
        String[] x = a.split(":");
        String[] y = b.split(":");
        return x[1].equals(y[1]) && x[2].equals(y[2])
                && (x[3].equals(y[3]) || "PLU".equals(x[2]) || isAnyGender(x[3]) || isAnyGender(y[3]));
    }

    private static boolean isAnyGender(String gender) {
        return "NOG".equals(gender) || "ALG".equals(gender);
    }

    private static List<String> features(GermanLexicon lexicon, String word, Pattern tagPrefix) {
        return lexicon.readings(word).stream()
                .map(r -> r.getPOSTag())
                .filter(tag -> tagPrefix.matcher(tag).lookingAt())
                .map(FEATURES::matcher)
                .filter(Matcher::find)
                .map(Matcher::group)
                .distinct()
                .toList();
    }
}
