package org.mtqa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pieces of an article's text with their offsets, shared by the detectors. */
public final class Spans {

    /** A piece of text and where it stands: {@code text.substring(start, end)} is {@code value}. */
    public record Span(String value, int start, int end) {
        public boolean isBlank() {
            return value.isBlank();
        }
    }

    /** A word: letters, with inner digits, hyphens and apostrophes. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

    /**
     * A run of this many characters without a space is data (base64 images, minified script, a long link), never a
     * word or a number: LanguageTool is not given such runs, and the noise detector reports those that are no link.
     */
    public static final int LONG_TOKEN_CHARS = 200;

    private Spans() {
    }

    /** Lines without their terminators (\n, \r\n or \r). */
    public static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Span(text.substring(start, i), start, i));
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(new Span(text.substring(start), start, text.length()));
        return lines;
    }

    /** Words of a span, with offsets into the whole text. */
    public static List<Span> words(String text) {
        return matches(WORD, text);
    }

    /** The maximal runs of characters whose index {@code inRun} accepts, with offsets into the text. */
    public static List<Span> runs(String text, IntPredicate inRun) {
        List<Span> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!inRun.test(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && inRun.test(i)) {
                i++;
            }
            runs.add(new Span(text.substring(start, i), start, i));
        }
        return runs;
    }

    /** {@code [start, end)} widened over the letters and digits on either side: the whole word it stands in. */
    public static Span widenToWord(String text, int start, int end) {
        int from = start;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return new Span(text.substring(from, to), from, to);
    }

    /** Every match of a pattern, with offsets into the text. */
    public static List<Span> matches(Pattern pattern, CharSequence text) {
        List<Span> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Span(m.group(), m.start(), m.end()));
        }
        return found;
    }

    /** The line's content without leading and trailing white space, offsets adjusted. */
    public static Span trim(Span span) {
        String v = span.value();
        int from = 0;
        int to = v.length();
        while (from < to && Character.isWhitespace(v.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(v.charAt(to - 1))) {
            to--;
        }
        return new Span(v.substring(from, to), span.start() + from, span.start() + to);
    }
}
