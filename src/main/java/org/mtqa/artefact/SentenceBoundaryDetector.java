package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds lost sentence ends: a capitalised word in the middle of a sentence, right after a lowercase word, that can
 * only be a sentence start because German would write it in lowercase there. Two shapes count: a capitalised word
 * with no noun or name reading ("… dokumentiert hat Nordkoreanische Waffen …"), and a capitalised preposition
 * opening a phrase ("… entgegenwirken Laut einem Bericht …") even when a noun looks the same ("der Laut").
 * Nominalisations after articles, prepositions and quantifiers ("etwas Neues", "beim Laufen"), words after colons,
 * quotes or other punctuation, and headline lines are left alone.
 */
@Component
public class SentenceBoundaryDetector implements ArtefactDetector {

    /**
     * Tags of a previous word that cannot end a sentence: articles, prepositions, pronouns and numbers open a noun
     * phrase, after which a capitalised adjective is a nominalisation ("das Neue", "beim Laufen", "etwas Gutes"),
     * and conjunctions join names and titles ("Polizei und Rotes Kreuz").
     */
    private static final List<String> NOT_SENTENCE_FINAL = List.of("ART", "PRP", "PRO", "ZAL", "KON");

    private static final List<String> ADJECTIVES = List.of("ADJ", "PA1", "PA2");

    /** Case in a tag ("ADJ:NOM:SIN:MAS:…") marks an inflected, attributive form; "ADJ:PRD" is the bare form. */
    private static final Pattern INFLECTED = Pattern.compile(":(?:NOM|AKK|DAT|GEN):");

    /**
     * Conjunctions and adverbs that open a clause ("Allerdings", "Zugleich"). Capitalised articles, pronouns and
     * verbs are left out: mid-sentence they mostly start titles ("zeigt Die Politiker-WG") or are polite forms
     * ("folgen Sie uns").
     */
    private static final List<String> CLAUSE_OPENERS = List.of("KON", "ADV");

    /** Only spaces may separate the two words: any punctuation could be the (kept) sentence end or a colon. */
    private static final Pattern PLAIN_GAP = Pattern.compile("[ \\t\\u00A0]+");

    /** A line that ends a sentence; lines ending otherwise are headlines, captions or bylines. */
    private static final Pattern SENTENCE_LINE_END = Pattern.compile(".*[.!?…:;\"“”»«'’)]\\s*$");

    private final GermanLexicon lexicon;

    public SentenceBoundaryDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }


    @Override
    public Category category() {
        return Category.SENTENCE_BOUNDARY;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        for (Spans.Span line : analysed.lines()) {
            if (!SENTENCE_LINE_END.matcher(line.value()).matches()) {
                continue;
            }
            List<Spans.Span> words = Spans.words(line.value());
            for (int i = 1; i < words.size(); i++) {
                Spans.Span previous = words.get(i - 1);
                Spans.Span word = words.get(i);
                Spans.Span next = i + 1 < words.size() && spaceOnlyBetween(line.value(), word, words.get(i + 1))
                        ? words.get(i + 1) : null;
                if (spaceOnlyBetween(line.value(), previous, word)
                        && isLostSentenceStart(previous.value(), word, next, line.value())
                        && !recursAsName(word.value(), text)) {
                    int start = line.start() + word.start();
                    String lowered = lowercaseFirst(word.value());
                    findings.add(finding(start, start + word.value().length(),
                            "'" + word.value() + "' is capitalised mid-sentence after '" + previous.value()
                                    + "': a sentence end is probably lost before it (insert a full stop) or it should be '"
                                    + lowered + "'",
                            List.of(lowered)));
                }
            }
        }
        return findings;
    }

    private boolean isLostSentenceStart(String previous, Spans.Span wordSpan, Spans.Span next, String line) {
        String word = wordSpan.value();
        if (!isCapitalisedWord(word) || !isPlainLowercaseWord(previous) || startsTruncatedCompound(wordSpan, line)) {
            return false;
        }
        List<AnalyzedToken> previousReadings = lexicon.readings(previous);
        if (previousReadings.isEmpty() || GermanLexicon.hasAnyTag(previousReadings, NOT_SENTENCE_FINAL)
                || previousReadings.stream().anyMatch(r -> isAttributiveAdjective(r.getPOSTag()))) {
            return false;
        }
        List<AnalyzedToken> readings = lexicon.readings(word);
        if (readings.isEmpty()) {
            return false;
        }
        boolean nounOrName = readings.stream().anyMatch(r -> isNounOrName(r.getPOSTag()));
        if (GermanLexicon.hasAnyTag(readings, List.of("PRP"))) {
            // "hat Zeit die …", "gab Laut": the noun reading wins unless a verb, the usual end of a German clause, precedes.
            boolean clauseMayEnd = !nounOrName || GermanLexicon.hasAnyTag(previousReadings, List.of("VER"));
            return clauseMayEnd && opensPrepositionalPhrase(word, readings, next);
        }
        if (nounOrName) {
            return false;
        }
        if (GermanLexicon.hasAnyTag(readings, ADJECTIVES)) {
            return isAttributiveBeforeNoun(next);
        }
        return GermanLexicon.hasAnyTag(readings, CLAUSE_OPENERS);
    }

    /**
     * A noun or name reading, not counting nominalised adjectives ("Russische/SUB:…:ADJ", as in "das Russische"):
     * those are what a wrongly capitalised adjective looks like to the tagger.
     */
    private static boolean isNounOrName(String tag) {
        return tag.startsWith("EIG") || (tag.startsWith("SUB") && !tag.endsWith(":ADJ"));
    }

    /** An inflected adjective ("frühere", "letzter") stands before a noun, so the next word is rightly capitalised. */
    private static boolean isAttributiveAdjective(String tag) {
        return ADJECTIVES.stream().anyMatch(tag::startsWith) && INFLECTED.matcher(tag).find();
    }

    /** "Zu- und Abzug": the capitalised word is the first half of a compound, not a word of its own. */
    private static boolean startsTruncatedCompound(Spans.Span word, String line) {
        return word.end() < line.length() && line.charAt(word.end()) == '-';
    }

    /**
     * A surname or title that happens to be an adjective ("Kurz", "Altes Geld") recurs mid-sentence in its article;
     * a lost sentence start rarely does.
     */
    private static boolean recursAsName(String word, String text) {
        int midSentence = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean wholeWord = (end == text.length() || !Character.isLetter(text.charAt(end)))
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1)));
            if (wholeWord && followsWord(text, at) && ++midSentence > 1) {
                return true;
            }
        }
        return false;
    }

    /** True when only spaces separate the position from a preceding letter. */
    private static boolean followsWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < at - 1 && i >= 0 && Character.isLetter(text.charAt(i));
    }

    /**
     * A capitalised word that is also a preposition ("Laut", "Dank", "Trotz", "Über") and is followed by a lowercase
     * article or pronoun ("Laut einem …") reads as a preposition opening a sentence, not as the noun.
     */
    private boolean opensPrepositionalPhrase(String word, List<AnalyzedToken> readings, Spans.Span next) {
        boolean preposition = readings.stream().anyMatch(r -> r.getPOSTag().startsWith("PRP")
                && word.toLowerCase(Locale.GERMAN).equals(r.getLemma()));
        return preposition && next != null && isPlainLowercaseWord(next.value())
                && GermanLexicon.hasAnyTag(lexicon.readings(next.value()), List.of("ART", "PRO"));
    }

    /**
     * A capitalised adjective before a noun is attributive, which German writes in lowercase mid-sentence
     * ("hat Nordkoreanische Waffen"). Before anything else it is a nominalisation ("etwas Positives", "ein großer
     * Reisender") or a surname ("sagte Klug"), both rightly capitalised.
     */
    private boolean isAttributiveBeforeNoun(Spans.Span next) {
        return next != null && isCapitalisedWord(next.value()) && GermanLexicon.hasAnyTag(lexicon.readings(next.value()), List.of("SUB"));
    }

    private static boolean spaceOnlyBetween(String line, Spans.Span left, Spans.Span right) {
        return PLAIN_GAP.matcher(line.substring(left.end(), right.start())).matches();
    }

    /** Uppercase first letter and lowercase rest: acronyms ("NATO") and brand casing ("iPhone") are out. */
    private static boolean isCapitalisedWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
    }

    private static boolean isPlainLowercaseWord(String word) {
        return word.chars().allMatch(Character::isLowerCase);
    }

    private static String lowercaseFirst(String word) {
        return word.substring(0, 1).toLowerCase(Locale.GERMAN) + word.substring(1);
    }

    @Override
    public String description() {
        return "A lost sentence end: a capitalised word mid-sentence that can only start a sentence, right after "
                + "a word that ends none.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Gemeinde hat den Plan gestern vorgestellt Laut dem Bürgermeister "
                        + "beginnt der Bau im Mai.",
                        "Laut dem",
                        "Die Gemeinde hat den Plan gestern vorgestellt. Laut dem Bürgermeister beginnt der "
                        + "Bau im Mai."),
                DetectorExample.right("Die Opposition will das Gesetz prüfen lassen, etwas Neues sei das beim "
                        + "Verfassungsgericht nicht."));
    }
}
