package org.mtqa.evaluation;

import static org.mtqa.finding.Category.FUSED_WORD;
import static org.mtqa.finding.Category.MISSING_SPACE;
import static org.mtqa.finding.Category.SENTENCE_BOUNDARY;
import static org.mtqa.finding.Category.SPLIT_WORD;
import static org.mtqa.finding.Category.STRAY_CHARACTER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.languagetool.tokenizers.de.GermanCompoundTokenizer;
import org.mtqa.evaluation.InjectedText.WordPair;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;

/**
 * Recipes that change the spaces and letters of words: fused and split words, stray characters, missing spaces after
 * punctuation and lost sentence ends. Each works on words of the text itself.
 */
final class TokenRecipes {

    /**
     * German function words: a closed class (articles, pronouns, prepositions, conjunctions, auxiliaries, particles)
     * and the words a lost space most often glues to their neighbour.
     */
    static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
            "einem", "einer", "eines", "und", "oder", "aber", "doch", "denn", "dass", "weil", "wenn", "als", "wie",
            "ob", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "zu", "zum", "zur",
            "für", "über", "unter", "um", "vor", "seit", "bis", "durch", "gegen", "ohne", "ist", "sind", "war",
            "waren", "wird", "werden", "hat", "haben", "hatte", "sei", "es", "er", "sie", "wir", "ich", "man", "sich",
            "nicht", "auch", "noch", "nur", "so", "schon", "dies", "diese", "dieser", "damit", "dabei", "zudem");

    /** Letters for stray lower-case characters: rare as word beginnings, so the result is no German word. */
    private static final String STRAY_LETTERS = "qxjyvwzck";

    /** Letters glued after a word: none of them is an inflection ending (s, n, e, r, m, t). */
    private static final String STRAY_ENDINGS = "qxjyvwzckfhpgdbl";

    private static final String STRAY_SYMBOLS = "•¶¦^~¤\\_`";

    /** A word as {@link Spans#words} cuts it, hyphenated and inner parts included. */
    private static final String NEXT_WORD = "\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*";
    /** A whole word, not the tail of a longer one. */
    private static final String WORD = "(?<![\\p{L}\\p{N}\\-'’])" + NEXT_WORD;
    private static final String WORD_OR_NUMBER = "(?:" + WORD + "|(?<![\\p{L}\\p{N}.,])\\d+)";

    /** Sentence punctuation followed by one space and a word; the space is what the recipe deletes. */
    private static final Pattern AFTER_SENTENCE_MARK = Pattern.compile(
            "(?<left>" + WORD_OR_NUMBER + ")(?<mark>[.!?])(?<space> )(?<right>" + NEXT_WORD + ")");
    private static final Pattern AFTER_COMMA = Pattern.compile(
            "(?<left>" + WORD_OR_NUMBER + "),(?<space> )(?<right>" + NEXT_WORD + ")");
    private static final Pattern AFTER_COLON = Pattern.compile(
            "(?<left>" + WORD_OR_NUMBER + ")[;:](?<space> )(?<right>" + NEXT_WORD + ")");
    private static final Pattern BEFORE_OPENING_QUOTE = Pattern.compile(
            "(?<left>" + WORD + ")(?<space> )(?<right>[\"„“»«‚]" + NEXT_WORD + ")");
    private static final Pattern AFTER_CLOSING_QUOTE = Pattern.compile(
            "(?<left>" + WORD + "[.,!?]?[\"“”«»‘’])(?<space> )(?<right>" + NEXT_WORD + ")");
    private static final Pattern BEFORE_BRACKET = Pattern.compile(
            "(?<left>" + WORD + ")(?<space> )(?<right>\\(" + NEXT_WORD + ")");
    private static final Pattern AFTER_BRACKET = Pattern.compile(
            "(?<left>" + WORD + "\\))(?<space> )(?<right>" + NEXT_WORD + ")");

    /** A sentence end: a word or number, its final punctuation, one space and the next sentence's first word. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<left>" + WORD_OR_NUMBER + ")(?<mark>[.!?]) (?<right>(?=\\p{Lu})" + NEXT_WORD + ")");

    private TokenRecipes() {
    }

    static List<Recipe> recipes() {
        return List.of(
                new Recipe("fused.lower-capital", FUSED_WORD,
                        (t, r) -> fusePair(t, r, (a, b) -> isLower(a) && !isLower(b))),
                new Recipe("fused.function-word", FUSED_WORD,
                        (t, r) -> fusePair(t, r, (a, b) -> isFunctionWord(a) != isFunctionWord(b))),
                new Recipe("fused.content-words", FUSED_WORD, (t, r) -> fusePair(t, r,
                        (a, b) -> !isFunctionWord(a) && !isFunctionWord(b) && a.length() > 3 && b.length() > 3)),
                new Recipe("fused.word-number", FUSED_WORD, (t, r) -> fuseWithNumber(t, r, false)),
                new Recipe("fused.number-word", FUSED_WORD, (t, r) -> fuseWithNumber(t, r, true)),
                new Recipe("fused.heading", FUSED_WORD, TokenRecipes::fuseHeading),
                new Recipe("fused.three-words", FUSED_WORD, TokenRecipes::fuseThree),
                new Recipe("split.compound", SPLIT_WORD, TokenRecipes::splitCompound),
                new Recipe("split.inside-word", SPLIT_WORD, (t, r) -> splitInside(t, r, " ")),
                new Recipe("split.hyphenation", SPLIT_WORD, (t, r) -> splitInside(t, r, "- ")),
                new Recipe("split.drop-cap", SPLIT_WORD, TokenRecipes::dropCap),
                new Recipe("stray.lone-letter", STRAY_CHARACTER, TokenRecipes::loneLetter),
                new Recipe("stray.glued-before", STRAY_CHARACTER, TokenRecipes::gluedBefore),
                new Recipe("stray.glued-after", STRAY_CHARACTER, TokenRecipes::gluedAfter),
                new Recipe("stray.symbol", STRAY_CHARACTER, TokenRecipes::loneSymbol),
                new Recipe("missing-space.sentence", MISSING_SPACE, TokenRecipes::missingSpaceAfterSentence),
                new Recipe("missing-space.comma", MISSING_SPACE, (t, r) -> deleteSpace(t, r, List.of(AFTER_COMMA))),
                new Recipe("missing-space.colon", MISSING_SPACE, (t, r) -> deleteSpace(t, r, List.of(AFTER_COLON))),
                new Recipe("missing-space.quote", MISSING_SPACE,
                        (t, r) -> deleteSpace(t, r, List.of(BEFORE_OPENING_QUOTE, AFTER_CLOSING_QUOTE))),
                new Recipe("missing-space.bracket", MISSING_SPACE,
                        (t, r) -> deleteSpace(t, r, List.of(BEFORE_BRACKET, AFTER_BRACKET))),
                new Recipe("boundary.lost-stop", SENTENCE_BOUNDARY, (t, r) -> breakBoundary(t, r, Boundary.LOST)),
                new Recipe("boundary.lost-stop-lower-case", SENTENCE_BOUNDARY,
                        (t, r) -> breakBoundary(t, r, Boundary.LOST_LOWER_CASE)),
                new Recipe("boundary.comma", SENTENCE_BOUNDARY, (t, r) -> breakBoundary(t, r, Boundary.COMMA)));
    }

    private static List<Edit> fusePair(InjectedText t, Random r, BiPredicate<String, String> fits) {
        List<WordPair> candidates = t.wordPairs().stream().filter(p -> p.left().value().length() > 1
                && p.right().value().length() > 1 && fits.test(p.left().value(), p.right().value())).toList();
        return Draw.any(candidates, r).map(p -> List.of(Edit.replace(p.left().start(), p.right().end(),
                p.left().value() + p.right().value()))).orElse(List.of());
    }

    private static List<Edit> fuseThree(InjectedText t, Random r) {
        List<WordPair> pairs = t.wordPairs();
        List<Edit> candidates = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.size(); i++) {
            WordPair first = pairs.get(i);
            WordPair second = pairs.get(i + 1);
            if (first.right().equals(second.left())) {
                candidates.add(Edit.replace(first.left().start(), second.right().end(),
                        first.left().value() + first.right().value() + second.right().value()));
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    private static List<Edit> fuseWithNumber(InjectedText t, Random r, boolean numberFirst) {
        Map<Integer, Span> wordsByStart = byStart(t.words());
        Map<Integer, Span> wordsByEnd = t.words().stream().collect(Collectors.toMap(Span::end, w -> w));
        List<Edit> candidates = new ArrayList<>();
        for (Span number : t.numbers()) {
            Span word = numberFirst ? wordsByStart.get(number.end() + 1) : wordsByEnd.get(number.start() - 1);
            if (word == null) {
                continue;
            }
            Span first = numberFirst ? number : word;
            Span second = numberFirst ? word : number;
            if (t.text().charAt(first.end()) == ' ' && t.isFreeOnLine(first.start(), second.end())) {
                candidates.add(Edit.replace(first.start(), second.end(), first.value() + second.value()));
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    /**
     * A heading glued to the text after it: the last word of a line without final punctuation joined to the next
     * line's first word, or, in a text without headings, a sentence's last word joined to the next sentence's first
     * word with the full stop and space lost between them.
     */
    private static List<Edit> fuseHeading(InjectedText t, Random r) {
        Map<Integer, Span> wordsByStart = byStart(t.words());
        Map<Integer, Span> wordsByEnd = t.words().stream().collect(Collectors.toMap(Span::end, w -> w));
        List<Edit> candidates = new ArrayList<>();
        List<Span> lines = Spans.lines(t.text()).stream().map(Spans::trim).filter(l -> !l.isBlank()).toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Span last = wordsByEnd.get(lines.get(i).end());
            Span first = wordsByStart.get(lines.get(i + 1).start());
            if (last != null && first != null && t.isFree(last.start(), first.end())) {
                candidates.add(Edit.replace(last.start(), first.end(), last.value() + first.value()));
            }
        }
        Matcher m = SENTENCE_END.matcher(t.text());
        while (m.find()) {
            if (m.group("mark").equals(".") && isSentenceEnd(t, m.end("mark"))
                    && t.isFreeOnLine(m.start(), m.end())) {
                candidates.add(Edit.replace(m.start(), m.end(), m.group("left") + m.group("right")));
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    private static List<Edit> splitCompound(InjectedText t, Random r) {
        List<Span> candidates = new ArrayList<>(t.plainWords(8));
        Collections.shuffle(candidates, r);
        for (Span word : candidates) {
            List<String> parts = GermanCompoundTokenizer.getStrictInstance().tokenize(word.value());
            if (parts.size() < 2 || !String.join("", parts).equalsIgnoreCase(word.value())) {
                continue;
            }
            int boundary = 0;
            int joint = Draw.between(r, 1, parts.size() - 1);
            for (int i = 0; i < joint; i++) {
                boundary += parts.get(i).length();
            }
            String right = word.value().substring(boundary);
            if (Character.isUpperCase(word.value().charAt(0)) && Draw.chance(r, 0.5)) {
                right = capitalise(right);
            }
            return List.of(Edit.replace(word.start(), word.end(), word.value().substring(0, boundary) + " " + right));
        }
        return List.of();
    }

    /** A word cut anywhere inside, not at a morpheme boundary: a space, or a line-end hyphen and a space. */
    private static List<Edit> splitInside(InjectedText t, Random r, String cut) {
        return Draw.any(t.plainWords(7), r).map(w -> {
            int at = Draw.between(r, 2, w.value().length() - 3);
            String value = w.value();
            return List.of(Edit.replace(w.start(), w.end(), value.substring(0, at) + cut + value.substring(at)));
        }).orElse(List.of());
    }

    /** A drop cap (the large first letter of a paragraph) cut off its word, at a line or sentence start. */
    private static List<Edit> dropCap(InjectedText t, Random r) {
        Map<Integer, Span> capitalised = byStart(t.plainWords(3).stream()
                .filter(w -> Character.isUpperCase(w.value().charAt(0))).toList());
        List<Span> lineStarts = Spans.lines(t.text()).stream().map(line -> capitalised.get(Spans.trim(line).start()))
                .filter(Objects::nonNull).toList();
        List<Span> sentenceStarts = t.sentences().stream().map(s -> capitalised.get(s.start()))
                .filter(Objects::nonNull).toList();
        List<Span> candidates = lineStarts.isEmpty() || Draw.chance(r, 0.4) ? sentenceStarts : lineStarts;
        return Draw.any(candidates, r).map(w -> List.of(Edit.replace(w.start(), w.end(),
                w.value().charAt(0) + " " + w.value().substring(1)))).orElse(List.of());
    }

    /** A letter standing alone between two words, or before the first word of a sentence. */
    private static List<Edit> loneLetter(InjectedText t, Random r) {
        if (Draw.chance(r, 0.7)) {
            String letter = letter(r, STRAY_LETTERS);
            return betweenWords(t, r, Draw.chance(r, 0.7) ? letter : letter.toUpperCase(Locale.ROOT));
        }
        Map<Integer, Span> wordsByStart = byStart(t.words());
        List<Span> starts = t.sentences().stream().map(s -> wordsByStart.get(s.start()))
                .filter(w -> w != null && t.isFreeOnLine(w)).toList();
        String letter = letter(r, STRAY_LETTERS).toUpperCase(Locale.ROOT);
        return Draw.any(starts, r).map(w -> List.of(Edit.of(w.start(), w.start(), "", letter, " ")))
                .orElse(List.of());
    }

    /** A letter glued before a word: "qWenn", or a capital before a capitalised word as a lost drop cap leaves it. */
    private static List<Edit> gluedBefore(InjectedText t, Random r) {
        return Draw.any(t.plainWords(3), r).map(w -> {
            String letter = Character.isUpperCase(w.value().charAt(0)) && Draw.chance(r, 0.5)
                    ? String.valueOf((char) ('A' + r.nextInt(26))) : letter(r, STRAY_LETTERS);
            return List.of(Edit.replace(w.start(), w.end(), letter + w.value()));
        }).orElse(List.of());
    }

    private static List<Edit> gluedAfter(InjectedText t, Random r) {
        return Draw.any(t.plainWords(3), r)
                .map(w -> List.of(Edit.replace(w.start(), w.end(), w.value() + letter(r, STRAY_ENDINGS))))
                .orElse(List.of());
    }

    private static List<Edit> loneSymbol(InjectedText t, Random r) {
        return betweenWords(t, r, letter(r, STRAY_SYMBOLS));
    }

    /** The character alone between two words: "und q die". */
    private static List<Edit> betweenWords(InjectedText t, Random r, String character) {
        return Draw.any(t.wordPairs(), r)
                .map(p -> List.of(Edit.of(p.left().end(), p.left().end(), " ", character, ""))).orElse(List.of());
    }

    private static List<Edit> missingSpaceAfterSentence(InjectedText t, Random r) {
        List<Edit> candidates = new ArrayList<>();
        Matcher m = AFTER_SENTENCE_MARK.matcher(t.text());
        while (m.find()) {
            if (isSentenceEnd(t, m.end("mark"))) {
                spaceDeleted(t, m).ifPresent(candidates::add);
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    /** Deletes the space (group "space") of a match of one of the patterns, chosen at random. */
    private static List<Edit> deleteSpace(InjectedText t, Random r, List<Pattern> patterns) {
        List<Edit> candidates = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(t.text());
            while (m.find()) {
                spaceDeleted(t, m).ifPresent(candidates::add);
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    private static Optional<Edit> spaceDeleted(InjectedText t, Matcher m) {
        int start = m.start("left");
        int end = m.end("right");
        if (!t.isFreeOnLine(start, end)) {
            return Optional.empty();
        }
        String text = t.text();
        return Optional.of(Edit.replace(start, end,
                text.substring(start, m.start("space")) + text.substring(m.end("space"), end)));
    }

    private enum Boundary { LOST, LOST_LOWER_CASE, COMMA }

    /**
     * A sentence end lost: the full stop (or ? or !) dropped, dropped with the next word in lower case, or turned
     * into a comma. The surface is the word before and the word after the lost end.
     */
    private static List<Edit> breakBoundary(InjectedText t, Random r, Boundary kind) {
        List<Edit> candidates = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(t.text());
        while (m.find()) {
            String left = m.group("left");
            String right = m.group("right");
            if (!isSentenceEnd(t, m.end("mark")) || !t.isFreeOnLine(m.start(), m.end())) {
                continue;
            }
            String surface = switch (kind) {
                case LOST -> left + " " + right;
                case LOST_LOWER_CASE -> isFunctionWord(right) ? left + " " + right.toLowerCase(Locale.GERMAN) : null;
                case COMMA -> m.group("mark").equals(".") ? left + ", " + right : null;
            };
            if (surface != null) {
                candidates.add(Edit.replace(m.start(), m.end(), surface));
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    /** True when one of the text's sentences ends at {@code end}: not after an abbreviation or an ordinal. */
    private static boolean isSentenceEnd(InjectedText t, int end) {
        return t.sentences().stream().anyMatch(s -> s.end() == end);
    }

    private static Map<Integer, Span> byStart(List<Span> spans) {
        Map<Integer, Span> byStart = new HashMap<>();
        spans.forEach(s -> byStart.put(s.start(), s));
        return byStart;
    }

    private static String letter(Random r, String letters) {
        return String.valueOf(letters.charAt(r.nextInt(letters.length())));
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.GERMAN));
    }

    private static boolean isLower(String word) {
        return Character.isLowerCase(word.charAt(0));
    }

    static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
