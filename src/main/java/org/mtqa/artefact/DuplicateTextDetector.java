package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.QuoteMarks.Quote;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans;
import org.mtqa.text.Spans.Span;
import org.springframework.stereotype.Component;

/**
 * Finds repeated text, the first occurrence staying and later copies flagged for deletion:
 * <ul>
 * <li>a title, sentence or paragraph that appears again later in the article: the same words ignoring case, white
 * space and punctuation, a copy cut off ("Regierung senkt die Steuern für kleine" after the full title) or behind an
 * id number, or a near copy with one or two words changed in ten or more;</li>
 * <li>a repetition loop, the classic failure of neural machine translation: a word, phrase or clause repeated back to
 * back ("fahren, fahren, fahren, fahren", "sangen und sangen und sangen", "wir werden weiter informieren, wir werden
 * weiter informieren").</li>
 * </ul>
 * Natural repetition stays silent: "sehr, sehr", "Nein, nein, nein", "Schritt für Schritt", chants in quotes ("Wir
 * sind das Volk, wir sind das Volk"), number formulas ("1:0 (0:0)"), list items that share their start, short
 * sentences quoted again ("Das ist gut.") and a teaser taken up again in the body.
 */
@Component
public class DuplicateTextDetector implements ArtefactDetector {

    /** Shorter pieces ("Hindernisse", "sagte er.") recur naturally. */
    private static final int MIN_WORDS = 5;
    private static final int MIN_CHARS = 30;
    /** A sentence this long said twice in a row is a copy; shorter ones are exclamations ("Nein. Nein."). */
    private static final int MIN_SAID_AGAIN_WORDS = 3;
    /**
     * A sentence that recurs far from its original, not as part of a copied line, needs this many words: short ones
     * ("Das ist gut, sagte sie.") are taken up again in quotes and interviews.
     */
    private static final int FAR_MIN_WORDS = 8;
    /**
     * Marks of speech, quotation, a list or a stage direction in a sentence: a short one with them is taken up again
     * on purpose.
     */
    private static final Pattern PLAIN_STATEMENT_BREAKERS = Pattern.compile("[,:;„“”\"»«‚‘’?!()]");
    /** How many sentences after its original a short copy may stand: "Satz. Satz." or one between. */
    private static final int MAX_NEARBY_DISTANCE = 2;
    /**
     * A near copy has at least this many words, and this share of the two sentences' words in common and in the
     * same order (twice the longest common subsequence over both lengths): two words changed in ten, four in twenty.
     */
    private static final int NEAR_MIN_WORDS = 10;
    private static final double NEAR_SIMILARITY = 0.8;
    /** At most this share of the longer sentence may differ: a sentence expanded by a clause is a new sentence. */
    private static final double NEAR_MAX_CHANGED = 0.25;
    /** Near copies are sought only among sentences up to this long, which keeps the comparison cheap. */
    private static final int NEAR_MAX_WORDS = 120;
    /** A sentence holding a copy of a later one is at most this many times as long: more would be a paragraph. */
    private static final int CONTAINED_MAX_RATIO = 3;
    private static final int MIN_MANGLED_PREFIX = 4;
    /**
     * A word trigram found in more sentences than this is common phrasing, no evidence of a copy, and is not
     * followed: without the cap a long text with recurring phrases would compare every pair of sentences.
     */
    private static final int MAX_TRIGRAM_SENTENCES = 16;
    /**
     * Letters a line needs to count as a repeated line: shorter ones are list furniture ("–", "1:0") or said twice on
     * purpose ("Das sagte er.").
     */
    private static final int MIN_LINE_LETTERS = 15;
    /** A quotation this long said twice is a copy: short ones ("Wir schaffen das") are taken up again on purpose. */
    private static final int MIN_QUOTATION_WORDS = 10;
    /** The longest unit of a repetition loop, in words: a clause. */
    private static final int MAX_LOOP_UNIT = 12;
    private static final int PASTED_WORD_REPEATS = 3;
    /** Intensifiers and interjections said over and over are short ("sehr", "ganz", "nein", "bitte"). */
    private static final int MIN_PASTED_WORD = 6;
    /** A word this long is no interjection or intensifier: three times in a row it is a loop. */
    private static final int MIN_LONG_WORD = 8;
    /**
     * A noun this long said three times is stuck too ("Nahrung, Nahrung, Nahrung"); exclamations are shorter ("Tor,
     * Tor, Tor", "Hilfe"), and adverbs shouted thrice are lower case ("schnell, schnell, schnell").
     */
    private static final int MIN_LONG_NOUN = 6;
    /** A phrase this long repeated back to back is a loop even without a verb: figures of speech are shorter. */
    private static final int LONG_LOOP_UNIT = 6;
    /** A finite verb form: "VER:3:SIN:PRÄ:SFT", "VER:AUX:3:SIN:PRT", "VER:MOD:1:PLU:PRÄ". */
    private static final Pattern FINITE_VERB = Pattern.compile("^VER:(?:(?:AUX|MOD):)?[123]:");

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
    /**
     * A caption's number or a ticker entry's time: the same text repeated under "Bild 2/10:" and "Bild 6 von 10:" is one
     * caption pasted twice. Other numbered labels ("Wahlkreis 3:", "Linie 5:") may head the same news for each.
     */
    private static final Pattern NUMBERED_LABEL =
            Pattern.compile("(?:(?:Bild|Foto|Video|Galerie|Slide)\\s+\\p{N}+(?:\\s*(?:/|von|of)\\s*\\p{N}+)?|\\p{N}{1,2}[.:]\\p{N}{2}(?:\\s+Uhr)?)"
                    + "\\s*[:–—|-]\\s+");
    /** A sentence that ends like this is complete; one that does not may be a cut-off copy. */
    private static final Pattern CLOSED = Pattern.compile("[.!?…:;][\"“”»«'’)\\]]*$");

    private final GermanLexicon lexicon;

    public DuplicateTextDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * One sentence: its span from the first compared token on, its number among the article's sentences, its line and
     * place in the line, its tokens, whether it ends like a complete sentence.
     */
    private record Unit(Span span, int index, int line, int position, List<String> tokens, boolean closed) {
        String key() {
            return String.join(" ", tokens);
        }

        /** The first words, which a cut-off copy shares with its original. */
        String opening() {
            return String.join(" ", tokens.subList(0, MIN_WORDS - 1));
        }

        /** The words in any order: a copy reworded by moving them ("Neu bauen wir …" after "… bauen wir neu"). */
        String bag() {
            return String.join(" ", tokens.stream().sorted().toList());
        }
    }

    /** The sentences seen so far, indexed for the three ways a later one can copy them. */
    private static final class Originals {
        private final Predicate<String> isAdverb;
        private final List<Unit> units = new ArrayList<>();
        private final Map<String, Unit> byKey = new HashMap<>();
        private final Map<String, List<Unit>> byOpening = new HashMap<>();
        private final Map<String, Unit> byBag = new HashMap<>();
        private final Map<String, List<Integer>> byTrigram = new HashMap<>();

        Originals(Predicate<String> isAdverb) {
            this.isAdverb = isAdverb;
        }

        void add(Unit unit) {
            byKey.putIfAbsent(unit.key(), unit);
            byBag.putIfAbsent(unit.bag(), unit);
            byOpening.computeIfAbsent(unit.opening(), k -> new ArrayList<>()).add(unit);
            if (isNearCopyCandidate(unit)) {
                for (String trigram : trigrams(unit.tokens())) {
                    List<Integer> holders = byTrigram.computeIfAbsent(trigram, k -> new ArrayList<>());
                    // one past the cap marks the trigram as common; more entries would only cost memory
                    if (holders.size() <= MAX_TRIGRAM_SENTENCES
                            && (holders.isEmpty() || holders.get(holders.size() - 1) != units.size())) {
                        holders.add(units.size());
                    }
                }
            }
            units.add(unit);
        }

        /**
         * The earlier sentence this one copies: the same words, the same start cut off (a piece without its full stop,
         * or a whole sentence of {@value #NEAR_MIN_WORDS} words or more), the same words in another order, or nearly
         * the same words.
         */
        Unit originalOf(Unit unit) {
            Unit original = byKey.get(unit.key());
            // a closed sentence that repeats an earlier one's opening needs the length of a near copy: "Die Polizei
            // ermittelt." may open two sentences; ten words and more in the same order are the earlier one cut short
            if (original == null && (!unit.closed() || unit.tokens().size() >= NEAR_MIN_WORDS)) {
                original = byOpening.getOrDefault(unit.opening(), List.of()).stream()
                        .filter(earlier -> isCutOffCopy(unit, earlier)).findFirst().orElse(null);
            }
            if (original == null && !units.isEmpty()) {
                original = openingOfPrevious(unit, units.get(units.size() - 1));
            }
            if (original == null) {
                original = byBag.get(unit.bag());
            }
            if (original == null) {
                original = nearOriginal(unit);
            }
            return original != null ? original : shortNearOriginal(unit);
        }

        /**
         * The sentence right before, when this one says its first words again, whole words only ("Bis Mai soll ein
         * Abschnitt folgen, der … erhöht. Bis Mai soll ein Abschnitt folgen."), perhaps with one adverb swapped for
         * another ("inzwischen", "mittlerweile"): no writer opens two sentences in a row with the same
         * {@value #MIN_WORDS} words and more and then stops.
         */
        private Unit openingOfPrevious(Unit unit, Unit previous) {
            List<String> words = unit.tokens();
            if (words.size() < MIN_WORDS || unit.index() - previous.index() != 1
                    || words.size() >= previous.tokens().size()) {
                return null;
            }
            List<String> opening = previous.tokens().subList(0, words.size());
            int swapped = -1;
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).equals(opening.get(i))) {
                    if (swapped >= 0) {
                        return null;
                    }
                    swapped = i;
                }
            }
            return swapped < 0 || swapped > 0 && isAdverb.test(words.get(swapped)) && isAdverb.test(opening.get(swapped))
                    && isLowerCaseWord(unit, swapped) && isLowerCaseWord(previous, swapped) ? previous : null;
        }

        /**
         * A short sentence said again at once with one adverb swapped for another after its first word ("Beobachter
         * sehen das Projekt dennoch mit Vorsicht." and "… trotzdem …"): a translation that rendered one source sentence
         * twice. Sentences that differ in a noun, a name, a verb or a figure ("Die Preise stiegen im Jänner", "… im
         * Februar"; "erhöht", "gesenkt") report two facts.
         */
        private boolean isOneWordSwapped(Unit unit, Unit earlier) {
            List<String> a = unit.tokens();
            List<String> b = earlier.tokens();
            if (a.size() != b.size() || a.size() <= MIN_WORDS) {
                return false;
            }
            int changed = -1;
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    if (changed >= 0) {
                        return false;
                    }
                    changed = i;
                }
            }
            return changed > 0 && isAdverb.test(a.get(changed)) && isAdverb.test(b.get(changed))
                    && isLowerCaseWord(unit, changed) && isLowerCaseWord(earlier, changed);
        }

        private static boolean isLowerCaseWord(Unit unit, int token) {
            String word = Spans.matches(TOKEN, unit.span().value()).get(token).value();
            return Character.isLowerCase(word.charAt(0)) && !NUMBER.matcher(word).find();
        }

        /**
         * A short sentence said again at once with one word dropped or added ("Doch die Spieler agierten nun immer
         * hektischer."): too short for the share of words a near copy needs, and so sought only among the sentences
         * right before it, where no writer repeats one with a word less.
         */
        private Unit shortNearOriginal(Unit unit) {
            if (unit.tokens().size() < MIN_WORDS || unit.tokens().size() >= NEAR_MIN_WORDS) {
                return null;
            }
            for (int i = units.size() - 1; i >= 0 && unit.index() - units.get(i).index() <= MAX_NEARBY_DISTANCE; i--) {
                if (isOneWordMoreOrLess(unit.tokens(), units.get(i).tokens()) || isOneWordSwapped(unit, units.get(i))) {
                    return units.get(i);
                }
            }
            return null;
        }

        /**
         * Only sentences sharing a quarter of the trigrams are compared word by word: a near copy with two words
         * changed in ten keeps two of its eight, so comparing with every earlier sentence is not needed.
         */
        private Unit nearOriginal(Unit unit) {
            if (!isNearCopyCandidate(unit)) {
                return null;
            }
            Map<Integer, Integer> shared = new TreeMap<>();
            for (String trigram : trigrams(unit.tokens())) {
                List<Integer> holders = byTrigram.getOrDefault(trigram, List.of());
                if (holders.size() <= MAX_TRIGRAM_SENTENCES) {
                    holders.forEach(i -> shared.merge(i, 1, Integer::sum));
                }
            }
            int needed = Math.max(2, (unit.tokens().size() - 2) / 4);
            return shared.entrySet().stream().filter(e -> e.getValue() >= needed).map(e -> units.get(e.getKey()))
                    .filter(earlier -> isNearCopy(unit.tokens(), earlier.tokens())
                            || isContainedCopy(unit.tokens(), earlier.tokens()))
                    .findFirst().orElse(null);
        }
    }

    /** A run of one unit of words repeated back to back: tokens {@code [start, start + length)} of a line. */
    private record Loop(int start, int unit, int length) {
        int repeats() {
            return length / unit;
        }
    }

    @Override
    public Category category() {
        return Category.DUPLICATE_TEXT;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        // a sentence repeated back to back is also a loop; as a copy it is reported whole
        List<Finding> findings = new ArrayList<>(copyFindings(analysed));
        List<Finding> more = new ArrayList<>(loopFindings(analysed));
        more.addAll(repeatedLines(analysed));
        more.addAll(repeatedQuotations(analysed));
        for (Finding finding : more) {
            if (findings.stream().noneMatch(f -> f.start() < finding.end() && finding.start() < f.end())) {
                findings.add(finding);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    // --- sentences and paragraphs repeated later ---

    /**
     * A line said again as the next line, however short ("Insgesamt 459 Angriffe."): a scraper or a translation
     * pipeline that emitted a block twice; lines of {@value #MIN_LINE_LETTERS} letters or more.
     */
    private List<Finding> repeatedLines(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        String previous = null;
        for (Span line : analysed.lines()) {
            String value = line.value().strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.equals(previous) && value.codePoints().filter(Character::isLetter).count() >= MIN_LINE_LETTERS
                    && Spans.matches(TOKEN, value).size() >= 2) {
                int start = line.start() + line.value().indexOf(value);
                findings.add(finding(start, start + value.length(), "Repeated text: '" + shown(value)
                        + "' is the line before it again; delete the copy", List.of("")));
            }
            previous = value;
        }
        return findings;
    }

    private List<Finding> copyFindings(AnalysedText analysed) {
        String text = analysed.text();
        Originals originals = new Originals(word -> lexicon.hasTag(word, "ADV"));
        List<Integer> sentencesPerLine = new ArrayList<>();
        int firstTextLine = -1;
        List<Finding> findings = new ArrayList<>();
        int index = 0;
        List<Span> lines = analysed.lines();
        for (int n = 0; n < lines.size(); n++) {
            List<Span> sentences = Sentences.split(lines.get(n));
            List<Unit> copies = new ArrayList<>();
            List<Unit> originalsOfCopies = new ArrayList<>();
            List<Finding> reordered = new ArrayList<>();
            String previousBag = null;
            for (int position = 0; position < sentences.size(); position++) {
                String bag = bag(sentences.get(position));
                if (bag != null && bag.equals(previousBag)
                        || isSaidTwice(sentences, position)
                        || position > 0 && isRetold(sentences.get(position - 1), sentences.get(position))) {
                    reordered.add(reorderedCopy(sentences.get(position)));
                }
                previousBag = bag;
                Unit unit = unit(text, sentences.get(position), index, n, position);
                if (unit == null) {
                    continue;
                }
                index++;
                Unit original = originals.originalOf(unit);
                if (original == null) {
                    originals.add(unit);
                } else {
                    copies.add(unit);
                    originalsOfCopies.add(original);
                }
            }
            sentencesPerLine.add(sentences.size());
            if (firstTextLine < 0 && !sentences.isEmpty()) {
                firstTextLine = n;
            }
            // A copied title or paragraph repeats a whole line as a whole line. A short sentence counts only right
            // after its original, as a short one far away is a quote taken up again, and so does a teaser: the
            // article's first sentence run into its first paragraph, which news sites quote again in the body.
            boolean lineCopied = copies.size() == sentences.size() && copiesLineStart(originalsOfCopies);
            List<Unit> flagged = new ArrayList<>();
            for (int i = 0; i < copies.size(); i++) {
                Unit copy = copies.get(i);
                Unit original = originalsOfCopies.get(i);
                boolean teaser = original.line() == firstTextLine && original.position() == 0
                        && sentencesPerLine.get(original.line()) > 1;
                if (lineCopied || copy.index() - original.index() <= MAX_NEARBY_DISTANCE
                        || (copy.tokens().size() >= FAR_MIN_WORDS
                                || copy.position() == sentences.size() - 1 && isPlainStatement(copy, original))
                        && !teaser) {
                    flagged.add(copy);
                }
            }
            List<Finding> lineFindings = mergedFindings(text, flagged);
            reordered.stream().filter(r -> lineFindings.stream().noneMatch(f -> f.start() < r.end()
                    && r.start() < f.end())).forEach(lineFindings::add);
            findings.addAll(lineFindings);
        }
        return findings;
    }

    /**
     * A closed sentence of {@value #MIN_WORDS} words or more with no comma, quote mark, colon or bracket in either
     * place, said again at the end of a paragraph, where a pipeline emits a line's last sentence twice ("Das Urteil ist
     * noch nicht rechtskräftig."): no speech taken up again ("Das ist gut, sagte sie.").
     */
    private static boolean isPlainStatement(Unit copy, Unit original) {
        return copy.closed() && copy.tokens().size() >= MIN_WORDS
                && !PLAIN_STATEMENT_BREAKERS.matcher(copy.span().value()).find()
                && !PLAIN_STATEMENT_BREAKERS.matcher(original.span().value()).find();
    }

    /**
     * A sentence that says its neighbour again with the same words in another order ("Die Brücke bauen wir neu."
     * "Neu bauen wir die Brücke."): a loop of a neural translation, however short the sentences, as no writer
     * repeats a sentence at once with its words merely moved.
     */
    private Finding reorderedCopy(Span sentence) {
        return finding(sentence.start(), sentence.end(), "Repeated text: '" + shown(sentence.value())
                + "' says the sentence before it again; delete the copy", List.of(""));
    }

    /**
     * A sentence of {@value #MIN_SAID_AGAIN_WORDS} words or more that is the one right before it again, letter for
     * letter, once ("Die Stadt verspricht Entschädigungen. Die Stadt verspricht Entschädigungen."): too short for a copy
     * anywhere in the text, but no writer says a sentence twice in a row.
     */
    private static boolean isSaidTwice(List<Span> sentences, int position) {
        // three times or more is a loop, which the loop finding covers whole
        return position > 0 && isSaidAgain(sentences.get(position - 1), sentences.get(position))
                && (position < 2 || !isSaidAgain(sentences.get(position - 2), sentences.get(position)))
                && (position + 1 >= sentences.size() || !isSaidAgain(sentences.get(position), sentences.get(position + 1)));
    }

    private static boolean isSaidAgain(Span previous, Span sentence) {
        return sentence.value().equals(previous.value()) && CLOSED.matcher(sentence.value()).find()
                && Spans.matches(TOKEN, sentence.value()).size() >= MIN_SAID_AGAIN_WORDS;
    }

    /**
     * The sentence says the one before it again in another tense: the same first word, at most one word more, and the
     * same dictionary forms (see {@link #lemmaBag}). The cheap tests first: the tagger is asked only about such pairs.
     */
    private boolean isRetold(Span previous, Span sentence) {
        List<Span> a = Spans.matches(TOKEN, previous.value());
        List<Span> b = Spans.matches(TOKEN, sentence.value());
        if (a.isEmpty() || b.isEmpty() || Math.abs(a.size() - b.size()) > 1
                || !a.get(0).value().equalsIgnoreCase(b.get(0).value())) {
            return false;
        }
        String lemmas = lemmaBag(sentence);
        return lemmas != null && lemmas.equals(lemmaBag(previous));
    }

    /**
     * The sentence's words as their dictionary forms in order of the alphabet, auxiliaries left out, or null when fewer
     * than {@value #MIN_WORDS} remain: "Die Arbeiten dauerten fast drei Jahre." and "Die Arbeiten haben fast drei
     * Jahre gedauert." say the same in another tense, which no writer does in two sentences in a row.
     */
    private String lemmaBag(Span sentence) {
        List<String> lemmas = new ArrayList<>();
        for (Span token : Spans.matches(TOKEN, sentence.value())) {
            List<AnalyzedToken> readings = lexicon.readings(token.value());
            if (readings.stream().anyMatch(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("VER:AUX"))) {
                continue;
            }
            // a participle's verb reading names the verb its finite forms name too ("gedauert", "dauerten")
            String lemma = readings.stream().filter(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("VER"))
                    .map(AnalyzedToken::getLemma).findFirst()
                    .orElse(readings.isEmpty() ? null : readings.get(0).getLemma());
            lemmas.add((lemma == null ? token.value() : lemma).toLowerCase(Locale.ROOT));
        }
        return lemmas.size() >= MIN_WORDS ? String.join(" ", lemmas.stream().sorted().toList()) : null;
    }

    /** The sentence's words in order of the alphabet, or null when it has fewer than {@value #MIN_WORDS}. */
    private static String bag(Span sentence) {
        List<String> words = Spans.matches(TOKEN, sentence.value()).stream()
                .map(t -> t.value().toLowerCase(Locale.ROOT)).sorted().toList();
        return words.size() >= MIN_WORDS ? String.join(" ", words) : null;
    }


    /** The originals are the first sentences of one line, in order: the line, or its start when the copy is cut off. */
    private static boolean copiesLineStart(List<Unit> originals) {
        for (int i = 0; i < originals.size(); i++) {
            if (originals.get(i).line() != originals.get(0).line() || originals.get(i).position() != i) {
                return false;
            }
        }
        return !originals.isEmpty();
    }

    /** Copies that are consecutive sentences of one line make one finding: a repeated paragraph is one problem. */
    private List<Finding> mergedFindings(String text, List<Unit> flagged) {
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < flagged.size()) {
            int j = i;
            while (j + 1 < flagged.size() && flagged.get(j + 1).position() == flagged.get(j).position() + 1) {
                j++;
            }
            int start = flagged.get(i).span().start();
            int end = flagged.get(j).span().end();
            findings.add(finding(start, end, "Repeated text: '" + shown(text.substring(start, end))
                    + "' already appears earlier in the article; delete the copy", List.of("")));
            i = j + 1;
        }
        return findings;
    }

    /**
     * The later sentence stands inside the earlier one in one piece (one word may be mangled there): the earlier one is
     * longer where a full stop was lost before it or another fault was added to it ("… geschlossen Das gab der
     * Gouverneur … bekannt", then "Das gab der Gouverneur … bekannt.").
     */
    static boolean isContainedCopy(List<String> copy, List<String> earlier) {
        if (earlier.size() <= copy.size() || earlier.size() > CONTAINED_MAX_RATIO * copy.size()) {
            return false;
        }
        for (int start = 0; start + copy.size() <= earlier.size(); start++) {
            if (matchesAt(copy, earlier, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The copy's words stand in one piece from {@code start} on, one of them maybe mangled there: its start and then
     * one or two tokens ("Fahrg", "ste" for "Fahrgäste").
     */
    private static boolean matchesAt(List<String> copy, List<String> earlier, int start) {
        int j = start;
        boolean mangled = false;
        for (String word : copy) {
            if (j < earlier.size() && word.equals(earlier.get(j))) {
                j++;
            } else if (!mangled && j < earlier.size() && earlier.get(j).length() >= MIN_MANGLED_PREFIX
                    && word.startsWith(earlier.get(j))) {
                mangled = true;
                j += j + 1 < earlier.size() && word.endsWith(earlier.get(j + 1)) ? 2 : 1;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The later piece repeats the start of the earlier one and stops, as a cut-off title or teaser does. */
    private static boolean isCutOffCopy(Unit copy, Unit earlier) {
        List<String> a = copy.tokens();
        List<String> b = earlier.tokens();
        if (a.size() > b.size()) {
            return false;
        }
        int last = a.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        // The copy may end inside a word: "Die Regierung senkt die Steu".
        return b.get(last).startsWith(a.get(last));
    }

    /** The two differ by one word dropped from one of them, the rest the same and in the same order. */
    static boolean isOneWordMoreOrLess(List<String> a, List<String> b) {
        List<String> longer = a.size() > b.size() ? a : b;
        List<String> shorter = a.size() > b.size() ? b : a;
        if (longer.size() != shorter.size() + 1 || shorter.size() < MIN_WORDS) {
            return false;
        }
        int i = 0;
        while (i < shorter.size() && shorter.get(i).equals(longer.get(i))) {
            i++;
        }
        return shorter.subList(i, shorter.size()).equals(longer.subList(i + 1, longer.size()));
    }

    private static boolean isNearCopyCandidate(Unit unit) {
        return unit.tokens().size() >= NEAR_MIN_WORDS && unit.tokens().size() <= NEAR_MAX_WORDS;
    }

    /**
     * Most words the same and in the same order, words in common after the first change too (or the change is one word
     * swapped at the very end: "… aus ihren Häusern geflohen." and "… geflüchtet."), and at least one
     * changed word a word, not a number: list items that share their start and then go separate ways ("Radwege
     * entlang der Donau", "Radwege entlang des Wienflusses"), and sentences that differ only in their figures ("Im
     * Jahr 2022 kamen …", "Im Jahr 2023 kamen …") are parallel reports, not copies.
     */
    private static boolean isNearCopy(List<String> a, List<String> b) {
        int longer = Math.max(a.size(), b.size());
        double needed = Math.max(NEAR_SIMILARITY * (a.size() + b.size()) / 2, (1 - NEAR_MAX_CHANGED) * longer);
        if (Math.min(a.size(), b.size()) < needed) {
            return false;
        }
        int common = commonSubsequence(a, b);
        if (common < needed || common == a.size() && common == b.size()) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(a.size(), b.size()) && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        boolean lastWordSwapped = a.size() == b.size() && prefix == a.size() - 1;
        return isOneWordMoreOrLess(a, b) || (lastWordSwapped || commonSubsequence(a.subList(prefix, a.size()), b.subList(prefix, b.size())) > 0)
                && a.stream().anyMatch(t -> !NUMBER.matcher(t).matches() && !b.contains(t));
    }

    /** Length of the longest common subsequence of two token lists, in two rows of the usual table. */
    private static int commonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String token : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static List<String> trigrams(List<String> tokens) {
        List<String> trigrams = new ArrayList<>();
        for (int i = 0; i + 3 <= tokens.size(); i++) {
            trigrams.add(String.join(" ", tokens.subList(i, i + 3)));
        }
        return trigrams;
    }

    /**
     * The sentence's tokens, without a leading id number ("1662611347 Die Regierung senkt …") or numbered label ("Bild
     * 2/10:", "14.05 Uhr –"); null when too short to judge.
     */
    private static Unit unit(String text, Span sentence, int index, int line, int position) {
        List<Span> tokens = Spans.matches(TOKEN, sentence.value());
        Matcher label = NUMBERED_LABEL.matcher(sentence.value());
        int labelEnd = label.lookingAt() ? label.end() : 0;
        int first = 0;
        while (first < tokens.size() && (NUMBER.matcher(tokens.get(first).value()).matches()
                || tokens.get(first).start() < labelEnd)) {
            first++;
        }
        if (tokens.size() - first < MIN_WORDS) {
            return null;
        }
        int start = sentence.start() + tokens.get(first).start();
        if (sentence.end() - start < MIN_CHARS) {
            return null;
        }
        List<String> words = tokens.subList(first, tokens.size()).stream()
                .map(t -> t.value().toLowerCase(Locale.ROOT))
                .toList();
        Span compared = new Span(text.substring(start, sentence.end()), start, sentence.end());
        return new Unit(compared, index, line, position, words, CLOSED.matcher(sentence.value()).find());
    }

    /**
     * A quotation of {@value #MIN_QUOTATION_WORDS} words or more said again later in the body, whatever the words
     * around it ("…“, sagte der Sprecher der Polizei am Mittwoch." and "…“, sagte der Sprecher."). The title and the
     * lead may be quoted again in the body, as news sites do with their teaser.
     */
    private List<Finding> repeatedQuotations(AnalysedText analysed) {
        String text = analysed.text();
        List<Span> lines = analysed.lines();
        int bodyStart = lines.stream().filter(line -> !line.isBlank()).skip(2).findFirst().map(Span::start)
                .orElse(text.length());
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Quote quote : analysed.quotePairs()) {
            if (!quote.isMatched()) {
                continue;
            }
            int start = quote.open().index();
            int end = quote.close().index() + 1;
            List<String> tokens = Spans.matches(TOKEN, text.substring(start, end)).stream()
                    .map(t -> t.value().toLowerCase(Locale.ROOT)).toList();
            if (tokens.size() < MIN_QUOTATION_WORDS) {
                continue;
            }
            Integer first = seen.putIfAbsent(String.join(" ", tokens), start);
            if (first != null && first >= bodyStart) {
                findings.add(finding(start, end, "Repeated quotation: '" + shown(text.substring(start, end))
                        + "' is already quoted earlier in the article; delete the copy", List.of("")));
            }
        }
        return findings;
    }

    // --- repetition loops ---

    /**
     * Loops in each line: the longest run from each token on where every token equals the one a unit length before
     * it. The run lengths per unit length are counted once from the end of the line, so a line takes linear time.
     */
    private List<Finding> loopFindings(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        for (Span line : analysed.lines()) {
            List<Span> tokens = Spans.matches(TOKEN, line.value());
            List<String> words = tokens.stream().map(t -> t.value().toLowerCase(Locale.ROOT)).toList();
            int[][] runs = matchRuns(words);
            int i = 0;
            while (i < words.size()) {
                Loop loop = longestLoop(words, runs, i);
                if (loop != null && isLoop(analysed, line.start(), tokens, loop)) {
                    findings.add(loopFinding(analysed.text(), line.start(), tokens, loop));
                    i += loop.length();
                } else {
                    i++;
                }
            }
        }
        return findings;
    }

    /** {@code runs[k][i]}: how many tokens from {@code i} on each equal the token {@code k} places later. */
    private static int[][] matchRuns(List<String> words) {
        int[][] runs = new int[MAX_LOOP_UNIT + 1][];
        for (int k = 1; k <= MAX_LOOP_UNIT; k++) {
            runs[k] = new int[words.size() + 1];
            for (int i = words.size() - k - 1; i >= 0; i--) {
                runs[k][i] = words.get(i).equals(words.get(i + k)) ? runs[k][i + 1] + 1 : 0;
            }
        }
        return runs;
    }

    /** The run of whole units from token {@code i} that covers the most tokens, shorter units first; null for none. */
    private static Loop longestLoop(List<String> words, int[][] runs, int i) {
        Loop best = null;
        for (int k = 1; k <= MAX_LOOP_UNIT && i + 2 * k <= words.size(); k++) {
            int length = k + runs[k][i];
            boolean hasWord = words.subList(i, i + k).stream().anyMatch(w -> !NUMBER.matcher(w).matches());
            if (length >= 2 * k && hasWord && (best == null || length > best.length())) {
                best = new Loop(i, k, length);
            }
        }
        return best;
    }

    /**
     * Repeats that make a loop: a single word four times ("sehr, sehr" and "Nein, nein, nein" are emphasis), a phrase
     * three times ("immer und immer wieder" repeats none whole), or twice when it is a clause with a finite verb ("sagte
     * sie, sagte sie", "wir werden weiter informieren, wir werden weiter informieren"), holds a number ("bis 2028, bis
     * 2028") or has {@value #LONG_LOOP_UNIT} words or more; a short phrase of words repeated once is a figure of speech
     * ("schon aus jugoslawischer Zeit, schon aus jugoslawischer Zeit"). A quote that is mostly the loop needs one repeat more:
     * chants and slogans are quoted as they were called ("Wir sind das Volk, wir sind das Volk").
     */
    private boolean isLoop(AnalysedText analysed, int lineStart, List<Span> tokens, Loop loop) {
        List<Span> unit = tokens.subList(loop.start(), loop.start() + loop.unit());
        boolean clause = loop.unit() >= LONG_LOOP_UNIT || unit.stream().anyMatch(t -> isFiniteVerb(t.value()));
        // emphasis repeats short words ("nein, nein, nein"); a long one said three times is stuck ("eingebrochen")
        // a noun keeps its capital in the repeats; "Schnell, schnell, schnell" has it from the sentence start only
        String repeat = tokens.get(loop.start() + loop.unit()).value();
        boolean longWord = loop.unit() == 1 && (repeat.length() >= MIN_LONG_WORD
                || repeat.length() >= MIN_LONG_NOUN && Character.isUpperCase(repeat.charAt(0)));
        // a figure of speech repeats words, not figures: "bis 2028, bis 2028" is stuck
        boolean figure = unit.stream().anyMatch(t -> NUMBER.matcher(t.value()).matches());
        int repeats = loop.unit() == 1 ? (longWord ? 3 : 4) : clause || figure ? 2 : 3;
        int start = lineStart + tokens.get(loop.start()).start();
        int end = lineStart + tokens.get(loop.start() + loop.length() - 1).end();
        // a chant is quoted whole; a loop inside a longer quotation is the translation's, not the speaker's
        boolean quoted = analysed.quotePairs().stream().anyMatch(q -> q.open() != null && q.close() != null
                && q.open().index() < start && end <= q.close().index()
                && 2 * (end - start) >= q.close().index() - q.open().index());
        // a noun three times with only spaces between is pasted ("Tabellenführung Tabellenführung Tabellenführung");
        // emphasis repeats short words ("sehr sehr sehr")
        String first = unit.get(0).value();
        boolean pastable = loop.unit() > 1 || loop.repeats() >= PASTED_WORD_REPEATS
                && (Character.isUpperCase(first.charAt(0)) || first.length() >= MIN_PASTED_WORD);
        if (pastable && !quoted && isPastedTwice(analysed.text(), lineStart, tokens, loop)) {
            return true;
        }
        int needed = quoted ? repeats + 1 : repeats;
        // a short phrase said twice loops inside one clause; across a full stop or an ellipsis it is taken up again
        // ("…, wie Hofer betonte. Hofer betonte eingangs …")
        return loop.repeats() >= needed && (loop.repeats() > 2 || loop.unit() >= LONG_LOOP_UNIT
                || isCommaSeparated(analysed.text(), lineStart, tokens, loop));
    }

    /** Only spaces and commas stand between the repeats of the loop's unit. */
    private static boolean isCommaSeparated(String text, int lineStart, List<Span> tokens, Loop loop) {
        for (int i = loop.start() + loop.unit(); i < loop.start() + loop.length(); i += loop.unit()) {
            String between = text.substring(lineStart + tokens.get(i - 1).end(), lineStart + tokens.get(i).start());
            if (!between.chars().allMatch(c -> c == ',' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase that follows itself letter for letter with nothing but a space between, capitals included but for a first
     * word capitalised by the sentence start: "Auch die
     * Auch die", "Für den ORF Für den ORF". A figure of speech puts a comma between ("schon damals, schon damals"); a
     * copy pasted or decoded twice does not.
     */
    private static boolean isPastedTwice(String text, int lineStart, List<Span> tokens, Loop loop) {
        for (int i = loop.start() + loop.unit(); i < loop.start() + loop.repeats() * loop.unit(); i++) {
            Span previous = tokens.get(i - 1);
            String copy = tokens.get(i).value();
            String original = tokens.get(i - loop.unit()).value();
            // the first word takes its capital from the sentence start only: "Die Behörden die Behörden rechnen"
            boolean sentenceCapital = i - loop.unit() == loop.start() && opensSentence(text, lineStart + tokens.get(
                    loop.start()).start()) && copy.equals(Character.toLowerCase(original.charAt(0)) + original.substring(1));
            if (!copy.equals(original) && !sentenceCapital) {
                return false;
            }
            if ((i - loop.start()) % loop.unit() == 0
                    && !text.substring(lineStart + previous.end(), lineStart + tokens.get(i).start()).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean isFiniteVerb(String word) {
        return lexicon.readings(word).stream().anyMatch(r -> FINITE_VERB.matcher(r.getPOSTag()).find());
    }

    /** Only spaces since the line's start or a sentence's end punctuation. */
    private static boolean opensSentence(String text, int position) {
        int i = position;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || ".!?\n".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * The first unit stays; the rest of the run goes, from the end of the kept words to the end of the run, so that
     * "sangen und sangen und sangen noch" becomes "sangen noch" and "fahren, fahren, fahren." becomes "fahren.". A
     * run that ends inside a unit keeps that partial unit instead of a whole one.
     */
    private Finding loopFinding(String text, int lineStart, List<Span> tokens, Loop loop) {
        int partial = loop.length() % loop.unit();
        int kept = partial > 0 ? partial : loop.unit();
        int start = lineStart + tokens.get(loop.start() + kept - 1).end();
        int end = lineStart + tokens.get(loop.start() + loop.length() - 1).end();
        String unit = text.substring(lineStart + tokens.get(loop.start()).start(),
                lineStart + tokens.get(loop.start() + loop.unit() - 1).end());
        return finding(start, end, "Repetition loop: '" + shown(unit) + "' repeated " + loop.repeats()
                + " times in a row, as machine translation does when it gets stuck; delete the repeats", List.of(""));
    }

    private static String shown(String copy) {
        return copy.length() > 60 ? copy.substring(0, 57) + "…" : copy;
    }

    @Override
    public String description() {
        return "Repeated text: a title, sentence or paragraph that appears again later, also cut off, behind an id "
                + "or with a word or two changed, and repetition loops of a word, phrase or clause; the first "
                + "occurrence stays, later copies are flagged.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Der Andrang war groß. Bis zum Abend hätten mehr als 5000 Gäste das neue Angebot "
                        + "genutzt, sagte ein Sprecher.\n\nIm Winter ruht der Betrieb. Bis zum Abend hätten mehr als 5000 "
                        + "Gäste das neue Angebot genutzt.", "Bis zum Abend hätten mehr als 5000 Gäste das neue Angebot "
                        + "genutzt.", "Der Andrang war groß. Bis zum Abend hätten mehr als 5000 Gäste das neue Angebot "
                        + "genutzt, sagte ein Sprecher.\n\nIm Winter ruht der Betrieb."),
                DetectorExample.wrong("Die Ernte ist verloren. Die Behörden die Behörden rechnen mit Schäden.",
                        " die Behörden", "Die Ernte ist verloren. Die Behörden rechnen mit Schäden."),
                DetectorExample.right("Die Frau, die die Behörden kennt, die die Kinder liebt."),
                DetectorExample.right("Die Polizei sucht nach dem Unfall auf der B27 bei Tübingen weiterhin nach Zeugen, "
                        + "die Hinweise auf den flüchtigen Fahrer geben können.\n\nDer Fahrer floh. Die Polizei sucht "
                        + "weiterhin nach Zeugen, die Hinweise geben können."),
                DetectorExample.wrong("Dort haben sich inzwischen 32 Firmen angesiedelt, vor allem aus Italien. Dort haben "
                        + "sich mittlerweile 32 Firmen angesiedelt.", "Dort haben sich mittlerweile 32 Firmen angesiedelt.",
                        "Dort haben sich inzwischen 32 Firmen angesiedelt, vor allem aus Italien."),
                DetectorExample.right("Dort haben sich inzwischen 32 Firmen angesiedelt, vor allem aus Italien. Dort haben "
                        + "sich inzwischen 40 Firmen beworben."),
                DetectorExample.wrong("Bild 8 von 10: Ein Soldat fotografiert seine Familie vor der Krippe.\n\nBild 9 "
                        + "von 10: Ein Soldat fotografiert seine Familie vor der Krippe.", "Ein Soldat fotografiert "
                        + "seine Familie vor der Krippe.", "Bild 8 von 10: Ein Soldat fotografiert seine Familie vor "
                        + "der Krippe.\n\nBild 9 von 10: Kinder singen auf dem Markt."),
                DetectorExample.wrong("Die Zahl stieg stark.\nInsgesamt 459 Angriffe.\nInsgesamt 459 Angriffe.\nDas Land "
                        + "reagierte.", "Insgesamt 459 Angriffe.\nInsgesamt", "Die Zahl stieg stark.\nInsgesamt 459 "
                        + "Angriffe.\nDas Land reagierte."),
                DetectorExample.wrong("Doch die FC-Spieler agierten nun immer hektischer. Das Spiel lief weiter. Doch die "
                        + "Spieler agierten nun immer hektischer.", "Doch die Spieler agierten",
                        "Doch die FC-Spieler agierten nun immer hektischer. Das Spiel lief weiter."),
                DetectorExample.right("Rapid gewann gegen Sturm mit 2:1. Austria gewann gegen den Sturm mit 2:1."),
                DetectorExample.wrong("Foto 1/5: Der Hafen von Split liegt noch im Morgenlicht.\n\nFoto 2/5: Fischer "
                        + "bringen den Fang an Land.\n\nFoto 3/5: Der Hafen von Split liegt noch im Morgenlicht.",
                        "Der Hafen von Split liegt noch im Morgenlicht.",
                        "Foto 1/5: Der Hafen von Split liegt noch im Morgenlicht.\n\nFoto 2/5: Fischer bringen den "
                        + "Fang an Land.\n\nFoto 3/5: "),
                DetectorExample.right("14.05 Uhr: Rapid führt nach einem Tor von Grüll.\n14.40 Uhr: Sturm gleicht nach "
                        + "einem Tor von Horvat aus.\n15.02 Uhr: Rapid führt nach einem Tor von Burgstaller."),
                DetectorExample.wrong("Der Landtag berät über das Budget.\n\nDie Abgeordneten stimmen am "
                        + "Freitag ab. Die Abgeordneten stimmen am Freitag ab.",
                        "Die Abgeordneten stimmen am Freitag ab.",
                        "Der Landtag berät über das Budget.\n\nDie Abgeordneten stimmen am Freitag ab."),
                DetectorExample.wrong("Die Fans sangen und sangen und sangen und sangen noch lange nach dem Spiel.",
                        " und sangen und sangen und sangen",
                        "Die Fans sangen noch lange nach dem Spiel."),
                DetectorExample.wrong("Die Bürgermeisterin versprach eine Verbesserung der Versorgung der Versorgung "
                        + "der Versorgung der Versorgung und kündigte neue Brunnen an.",
                        " der Versorgung der Versorgung der Versorgung",
                        "Die Bürgermeisterin versprach eine Verbesserung der Versorgung und kündigte neue Brunnen "
                        + "an."),
                DetectorExample.wrong("Razzia in Łódź\n\nDie Polizei nahm zwölf Verdächtige fest.\n\n„Das sind keine "
                        + "Einzeltäter, sondern eine straff organisierte Struktur mit klarer Hierarchie“, sagte der "
                        + "Sprecher am Mittwoch.\n\n„Das sind keine Einzeltäter, sondern eine straff organisierte "
                        + "Struktur mit klarer Hierarchie“, sagte er.",
                        "„Das sind keine Einzeltäter, sondern eine straff organisierte Struktur mit klarer "
                        + "Hierarchie“, sagte er.",
                        "Razzia in Łódź\n\nDie Polizei nahm zwölf Verdächtige fest.\n\n„Das sind keine "
                        + "Einzeltäter, sondern eine straff organisierte Struktur mit klarer Hierarchie“, sagte der "
                        + "Sprecher am Mittwoch."),
                DetectorExample.right("Die Abgeordneten stimmen am Freitag ab. Danach stimmen sie über die "
                        + "Schulen ab."),
                DetectorExample.right("„Nein, nein, nein“, sagte sie, das sei Schritt für Schritt, Jahr für Jahr "
                        + "immer und immer wieder sehr, sehr mühsam gewesen."),
                DetectorExample.wrong("„Wir haben lange gewartet“, meinte er, meinte er.", ", meinte er",
                        "„Wir haben lange gewartet“, meinte er."),
                DetectorExample.wrong("Die Brücke soll ab 2031, ab 2031 befahrbar sein.", ", ab 2031",
                        "Die Brücke soll ab 2031 befahrbar sein."),
                DetectorExample.wrong("Die Stadt will den Hafen künftig künftig künftig stärker nutzen.",
                        " künftig künftig", "Die Stadt will den Hafen künftig stärker nutzen."),
                DetectorExample.wrong("Im Herbst soll eine zweite Halle entstehen, die bis zu 300 Arbeitsplätze "
                        + "bringt. Im Herbst soll eine zweite Halle entstehen.", "Im Herbst soll eine zweite Halle "
                        + "entstehen.", "Im Herbst soll eine zweite Halle entstehen, die bis zu 300 Arbeitsplätze "
                        + "bringt."),
                DetectorExample.right("Das habe sich gelohnt, wie die Ministerin betonte. Die Ministerin betonte "
                        + "zugleich, es bleibe viel zu tun."),
                DetectorExample.right("Er spielte sehr sehr sehr gut, und das Publikum jubelte."),
                DetectorExample.wrong("Die Helfer brauchen Nahrung, Nahrung, Nahrung und Wasser.", ", Nahrung, Nahrung",
                        "Die Helfer brauchen Nahrung und Wasser."),
                DetectorExample.right("Die Fans riefen Tor, Tor, Tor. Schnell, schnell, schnell."),
                DetectorExample.wrong("Beobachter sehen das Projekt dennoch mit Vorsicht. Der Markt ist hart. "
                        + "Beobachter sehen das Projekt trotzdem mit Vorsicht.", "Beobachter sehen das Projekt "
                        + "trotzdem mit Vorsicht.", "Beobachter sehen das Projekt dennoch mit Vorsicht. Der Markt ist "
                        + "hart."),
                DetectorExample.wrong("Die Arbeiten dauerten fast drei Jahre. Die Arbeiten haben fast drei Jahre "
                        + "gedauert.", "Die Arbeiten haben fast drei Jahre gedauert.",
                        "Die Arbeiten dauerten fast drei Jahre."),
                DetectorExample.wrong("Die Stadt verspricht Entschädigungen. Die Stadt verspricht Entschädigungen.",
                        " Die Stadt verspricht Entschädigungen.", "Die Stadt verspricht Entschädigungen."),
                DetectorExample.right("Tor! Tor! Es steht 2:1. Nein. Nein."),
                DetectorExample.right("Die Preise stiegen im Jänner deutlich an. Die Löhne stiegen im Jänner "
                        + "deutlich an. Die Mieten stiegen im Februar deutlich an."),
                DetectorExample.wrong("Der Angeklagte wurde verurteilt. Das Urteil ist noch nicht rechtskräftig. Er "
                        + "muss zahlen. Die Kosten trägt das Land. Die Berufung ist offen. Das Urteil ist noch nicht "
                        + "rechtskräftig.", "Das Urteil ist noch nicht rechtskräftig.",
                        "Der Angeklagte wurde verurteilt. Das Urteil ist noch nicht rechtskräftig. Er muss zahlen. Die "
                                + "Kosten trägt das Land. Die Berufung ist offen."),
                DetectorExample.right("Das ist wirklich gut, sagte sie. Der Trainer lachte über die Frage. Dann ging "
                        + "er in die Kabine zurück. Die Spieler blieben noch lange auf dem Platz. Das ist wirklich "
                        + "gut, sagte sie."));
    }
}
