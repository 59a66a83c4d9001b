package org.mtqa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.text.Spans.Span;

/** Splits a line into sentences with exact offsets, without breaking at abbreviations, initials or ordinals. */
public final class Sentences {

    /** Sentence-final punctuation with any closing quotes or brackets, followed by white space or the end. */
    private static final Pattern END = Pattern.compile("[.!?…]+[\"“”»«'’)\\]]*(?=\\s|$)");

    /** The word or number just before a full stop. */
    private static final Pattern LAST_TOKEN = Pattern.compile("([\\p{L}\\p{N}]+)\\.$");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "prof", "nr", "st", "mio", "mrd", "bzw", "ca", "vgl", "usw", "etc", "inkl", "hr", "fr", "abs",
            "jh", "mag", "ing", "dipl", "jun", "sen", "gem", "lt", "ggf", "evtl", "bzgl", "zb", "max", "min", "mr",
            "mrs", "ms", "vs", "tel", "str", "geb", "verh", "sog", "zit", "ebd", "hl", "kath", "evang", "mind");

    private Sentences() {
    }

    /** The sentences of a line (or any span), trimmed, with offsets into the whole text; blank pieces dropped. */
    public static List<Span> split(Span line) {
        String v = line.value();
        List<Span> sentences = new ArrayList<>();
        int from = 0;
        Matcher m = END.matcher(v);
        while (m.find()) {
            if (isBoundary(v, m.start(), m.end())) {
                add(sentences, line, from, m.end());
                from = m.end();
            }
        }
        add(sentences, line, from, v.length());
        return sentences;
    }

    private static void add(List<Span> sentences, Span line, int from, int to) {
        Span piece = Spans.trim(new Span(line.value().substring(from, to), line.start() + from, line.start() + to));
        if (!piece.isBlank()) {
            sentences.add(piece);
        }
    }

    private static boolean isBoundary(String v, int punctStart, int punctEnd) {
        int next = punctEnd;
        while (next < v.length() && Character.isWhitespace(v.charAt(next))) {
            next++;
        }
        if (next == v.length()) {
            return true;
        }
        char c = v.charAt(next);
        boolean opensSentence = Character.isUpperCase(c) || Character.isDigit(c) || "„\"»«‚‘“([".indexOf(c) >= 0;
        if (!opensSentence) {
            return false;
        }
        if (v.charAt(punctStart) != '.' || punctEnd - punctStart > 1) {
            return true;
        }
        Matcher token = LAST_TOKEN.matcher(v.substring(Math.max(0, punctStart - 40), punctStart + 1));
        if (!token.find()) {
            return true;
        }
        String word = token.group(1);
        if (Character.isDigit(word.charAt(0))) {
            // "18. Juni" and "der 150. Grand Prix" are ordinals; "im Jahr 2022. Die" and "für €180. Die" end a
            // sentence: an amount is no ordinal.
            int tokenStart = punctStart - word.length();
            return word.length() > 3 || tokenStart > 0 && Character.getType(v.charAt(tokenStart - 1))
                    == Character.CURRENCY_SYMBOL;
        }
        // A single letter is an initial or part of "z. B.", "u. a.".
        return word.length() > 1 && !ABBREVIATIONS.contains(word.toLowerCase());
    }
}
