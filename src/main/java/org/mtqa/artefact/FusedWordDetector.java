package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Two words run together where a link or a space was lost ("anwo" for "an wo"). Only words that neither the speller nor
 * the tagger (which splits compounds) knows, that occur once and stand among German words are candidates, and most of
 * those are names, so a split needs strong evidence: both parts are words, the left part is one the text uses on its
 * own (or, failing that, a common word) and either the right part is a function word (the usual way a sentence goes on
 * after a lost link) or the speller itself proposes exactly this split and the text uses both parts on their own.
 */
@Component
public class FusedWordDetector implements ArtefactDetector {

    /** Plain words only: no inner capitals (camel case is a missing space), digits, hyphens or apostrophes. */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}\\p{Ll}{3,}");

    private static final int MIN_PART = 2;

    /**
     * Longer tokens are no two words run together (the longest German words in use have some 40 letters) but data,
     * and trying every split of them with the speller would take minutes.
     */
    private static final int MAX_TOKEN = 64;

    private static final int MIN_NOUN_PART = 4;

    /**
     * Function and very frequent words that follow a lost link or space. Two-letter ones are limited to those that
     * names rarely end in ("-in", "-an", "-er" end countless names).
     */
    private static final Set<String> FOLLOWERS = Set.of(
            "wo", "zu", "ob", "im", "am", "um",
            "laut", "und", "oder", "aber", "denn", "sondern", "dass", "weil", "wenn", "als", "wie", "nachdem", "während",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
            "mit", "von", "vom", "für", "aus", "bei", "nach", "seit", "über", "unter", "gegen", "durch", "ohne", "zum",
            "zur", "beim", "vor", "auf", "ins", "hat", "haben", "ist", "sind", "war", "waren", "wird", "werden",
            "wurde", "wurden", "sich", "nicht", "auch", "noch", "sagte", "sagt", "heute", "gestern", "morgen");

    private static final Set<String> ARTICLES_AFTER_PARTICIPLE_STEM = Set.of("de", "den", "der", "des", "dem", "die");

    /** Prefixes that form valid compounds with nearly any word ("nichtdigitale", "Antiterror"). */
    private static final Set<String> WORD_FORMING_PREFIXES = Set.of(
            "nicht", "halb", "selbst", "super", "ultra", "anti", "pro", "neo", "post", "semi", "multi", "inter", "mega",
            "mini", "ex", "ur", "un", "miss");

    /**
     * Weaker evidence needs parts of a real word's length: the speller happily cuts off inflection and derivation
     * ("Wissenschafter" as "Wissenschaft er", "Lissaboner" as "Lissabon er").
     */
    private static final int MIN_WORD_PART = 3;

    private final GermanLexicon lexicon;

    public FusedWordDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }


    @Override
    public Category category() {
        return Category.FUSED_WORD;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        Map<String, Integer> counts = analysed.wordCounts();
        List<Finding> findings = new ArrayList<>();
        List<Spans.Span> words = analysed.words();
        for (int w = 0; w < words.size(); w++) {
            Spans.Span word = words.get(w);
            String token = word.value();
            // a form the text repeats is its own vocabulary (a name), not an accident
            if (token.length() > MAX_TOKEN || !PLAIN_WORD.matcher(token).matches() || counts.get(token) > 1
                    || isKnownWord(token)
                    || !amidGermanWords(words, w) || isSurnameAfterName(words, w)) {
                continue;
            }
            bestSplit(token, counts).ifPresent(split -> findings.add(finding(word.start(), word.end(),
                    "Two words run together: '" + token + "' should probably be '" + split + "'", List.of(split))));
        }
        return findings;
    }

    /** "Christian Zehnder": a capitalised word after a first name is a surname. */
    private boolean isSurnameAfterName(List<Spans.Span> words, int index) {
        return index > 0 && Character.isUpperCase(words.get(index).value().charAt(0))
                && lexicon.hasTag(words.get(index - 1).value(), "EIG");
    }

    /** Unknown neighbours mean a foreign quotation or a run of names, where splitting guesses. */
    private boolean amidGermanWords(List<Spans.Span> words, int index) {
        return (index == 0 || lexicon.isKnown(words.get(index - 1).value()))
                && (index + 1 == words.size() || lexicon.isKnown(words.get(index + 1).value()));
    }

    /**
     * The text uses the left part on its own; else, for a lower-case token, a common dictionary word will do. A
     * capitalised token is too often a name ("Kauder", "Zehnder") for that: there the left part must be a noun of some
     * length, followed by a function word of some length ("Pressedie").
     */
    private boolean isUsedOrCommon(String token, String left, String right, Map<String, Integer> counts) {
        if (counts.containsKey(left)) {
            return true;
        }
        if (Character.isLowerCase(token.charAt(0))) {
            return lexicon.readings(left).stream().anyMatch(r -> !r.getPOSTag().startsWith("EIG"));
        }
        return left.length() >= MIN_NOUN_PART && right.length() >= MIN_WORD_PART && lexicon.hasTag(left, "SUB");
    }

    /** "Asylwerbenden" is "Asylwerben" plus "den" only on paper: the ending of a nominalised present participle. */
    private static boolean isParticipleEnding(String left, String right) {
        return left.endsWith("en") && ARTICLES_AFTER_PARTICIPLE_STEM.contains(right);
    }

    private boolean isKnownWord(String token) {
        return lexicon.isKnown(token) || !lexicon.readings(token).isEmpty();
    }

    /** The split into a used word and a following function word, else the speller's own split if the text backs it. */
    private Optional<String> bestSplit(String token, Map<String, Integer> counts) {
        List<String> backed = new ArrayList<>();
        for (int i = MIN_PART; i <= token.length() - MIN_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (WORD_FORMING_PREFIXES.contains(left.toLowerCase(Locale.GERMAN)) || isParticipleEnding(left, right)) {
                continue;
            }
            if (lexicon.isKnown(left) && lexicon.isKnown(right) && isUsedOrCommon(token, left, right, counts)) {
                if (FOLLOWERS.contains(right)) {
                    return Optional.of(left + " " + right);
                }
                if (counts.containsKey(left) && counts.containsKey(right) && left.length() >= MIN_WORD_PART
                        && right.length() >= MIN_WORD_PART) {
                    backed.add(left + " " + right);
                }
            }
        }
        if (backed.isEmpty()) {
            return Optional.empty();
        }
        List<String> proposed = lexicon.suggestions(token);
        return proposed.isEmpty() ? Optional.empty() : backed.stream().filter(proposed.get(0)::equals).findFirst();
    }

    @Override
    public String description() {
        return "Two words run together where a link or a space was lost: an unknown word that splits into two "
                + "words the text backs.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Polizei sperrte die Straßeund leitete den Verkehr über die Umfahrung um.",
                        "Straßeund",
                        "Die Polizei sperrte die Straße und leitete den Verkehr über die Umfahrung um."),
                DetectorExample.right("Die Landesregierung beschloss den Nachtragshaushalt und die "
                        + "Bundesstraße bleibt gesperrt."));
    }
}
