package org.mtqa.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mtqa.text.QuoteMarks.Quote;
import org.mtqa.text.Spans.Span;

/**
 * One article's text with what the detectors and triages read from it, each cut once and on first use: words, lines,
 * word counts and quote pairs. Offsets everywhere are indices into {@link #text()}. Tagger readings come from the
 * lexicon, which caches them per thread. Built per article and used by one thread, so it needs no locking.
 */
public final class AnalysedText {

    /** How far {@link #wordBefore} and {@link #wordAfter} look for a neighbour, in characters. */
    private static final int NEIGHBOUR_REACH = 40;

    private final String text;
    private final String language;
    private List<Span> words;
    private List<Span> lines;
    private Map<String, Integer> wordCounts;
    private List<Quote> quotes;

    private AnalysedText(String text, String language) {
        this.text = text;
        this.language = language;
    }

    /** @param language the German variant the text is checked as: de-DE, de-AT or de-CH */
    public static AnalysedText of(String text, String language) {
        return new AnalysedText(text, language);
    }

    /** A text checked as de-DE. */
    public static AnalysedText of(String text) {
        return of(text, "de-DE");
    }

    public String text() {
        return text;
    }

    /** The German variant the text is checked as: de-DE, de-AT or de-CH. */
    public String language() {
        return language;
    }

    /** The words as {@link Spans#words(String)} cuts them. */
    public List<Span> words() {
        if (words == null) {
            words = Spans.words(text);
        }
        return words;
    }

    /** The lines without their terminators, as {@link Spans#lines(String)} cuts them. */
    public List<Span> lines() {
        if (lines == null) {
            lines = Spans.lines(text);
        }
        return lines;
    }

    /** Case-sensitive counts of each word form: evidence that a form is the text's own vocabulary. */
    public Map<String, Integer> wordCounts() {
        if (wordCounts == null) {
            Map<String, Integer> counts = new HashMap<>();
            for (Span word : words()) {
                counts.merge(word.value(), 1, Integer::sum);
            }
            wordCounts = counts;
        }
        return wordCounts;
    }

    /** How often the word form occurs in the text, case-sensitive. */
    public int count(String word) {
        return wordCounts().getOrDefault(word, 0);
    }

    /** The quotation marks, paired as {@link QuoteMarks#pair(String)} pairs them. */
    public List<Quote> quotePairs() {
        if (quotes == null) {
            quotes = QuoteMarks.pair(text);
        }
        return quotes;
    }

    /**
     * The word (as {@link Spans#words} cuts it) ending right before {@code position} with only white space between,
     * line breaks included, within {@value #NEIGHBOUR_REACH} characters; null after punctuation or none.
     */
    public String wordBefore(int position) {
        int from = Math.max(0, position - NEIGHBOUR_REACH);
        List<Span> near = Spans.words(text.substring(from, position));
        if (near.isEmpty()) {
            return null;
        }
        Span last = near.get(near.size() - 1);
        return text.substring(from + last.end(), position).isBlank() ? last.value() : null;
    }

    /** The word starting right after {@code position}, as {@link #wordBefore} finds the one before it. */
    public String wordAfter(int position) {
        List<Span> near = Spans.words(text.substring(position, Math.min(text.length(), position + NEIGHBOUR_REACH)));
        if (near.isEmpty() || !text.substring(position, position + near.get(0).start()).isBlank()) {
            return null;
        }
        return near.get(0).value();
    }

    /**
     * The letters right before {@code position}, separated from it by spaces or no-break spaces only: null after
     * punctuation or a line break. Stricter than {@link #wordBefore}: a neighbour in the same run of text.
     */
    public String lettersBeforeOnLine(int position) {
        int end = position;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end < position && start < end ? text.substring(start, end) : null;
    }

    /** The letters right after {@code position}, as {@link #lettersBeforeOnLine} finds those before it. */
    public String lettersAfterOnLine(int position) {
        int start = position;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return start > position && end > start ? text.substring(start, end) : null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }
}
