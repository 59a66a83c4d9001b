package org.mtqa.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs the quotation marks of a text, one paragraph (line) at a time. Whether an ambiguous glyph such as “ or »
 * opens or closes a quote follows from what stands beside it and, where that does not decide, from the quotes
 * still open. Apostrophes (’ and ‘ inside or after words) are left out.
 */
public final class QuoteMarks {

    /** A quotation style: its double and single opening and closing glyphs. */
    public enum Style {
        GERMAN('„', '“', '‚', '‘', "„…“"),
        GERMAN_GUILLEMETS('»', '«', '›', '‹', "»…«"),
        SWISS_GUILLEMETS('«', '»', '‹', '›', "«…»"),
        ENGLISH('“', '”', '‘', '’', "“…”"),
        TYPEWRITER('"', '"', '\0', '\0', "\"…\"");

        private final char open;
        private final char close;
        private final char singleOpen;
        private final char singleClose;
        private final String sample;

        Style(char open, char close, char singleOpen, char singleClose, String sample) {
            this.open = open;
            this.close = close;
            this.singleOpen = singleOpen;
            this.singleClose = singleClose;
            this.sample = sample;
        }

        public char open(boolean single) {
            return single ? singleOpen : open;
        }

        public char close(boolean single) {
            return single ? singleClose : close;
        }

        /** The style as a reader sees it, e.g. „…“. */
        public String sample() {
            return sample;
        }

        /** Styles a German text may use; English and typewriter quotes are foreign or makeshift. */
        public boolean isGerman() {
            return this == GERMAN || this == GERMAN_GUILLEMETS || this == SWISS_GUILLEMETS;
        }
    }

    /** One quotation mark: where it stands, whether it opens, its style and whether it is a single quote. */
    public record Mark(int index, char glyph, boolean opening, Style style, boolean single) {
    }

    /**
     * A quote as found: {@code open} or {@code close} is null when that side is missing. The two marks may belong to
     * different styles, e.g. „…».
     */
    public record Quote(Mark open, Mark close) {

        public boolean isMatched() {
            return open != null && close != null && open.style() == close.style();
        }

        public int start() {
            return open != null ? open.index() : close.index();
        }
    }

    private static final String OPENERS = "„‚“‘»›«‹\"";
    private static final String CLOSERS = "“‘”’«‹»›\"";
    /** Characters after which a mark stands at the start of a quotation. */
    private static final String OPENING_CONTEXT = "([{<–—-/";
    /** Characters before which a mark stands at the end of a quotation. */
    private static final String CLOSING_CONTEXT = ".,;:!?)]}>…–—-/";

    private QuoteMarks() {
    }

    /** Every quote of the text, in order of its first mark. */
    public static List<Quote> pair(String text) {
        List<Quote> quotes = new ArrayList<>();
        for (Spans.Span line : Spans.lines(text)) {
            pairLine(text, line.start(), line.end(), quotes);
        }
        quotes.sort(Comparator.comparingInt(Quote::start));
        return quotes;
    }

    /** True when the glyph can be a quotation mark at all. */
    public static boolean isQuoteGlyph(char c) {
        return OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0;
    }

    private static void pairLine(String text, int from, int to, List<Quote> quotes) {
        Deque<Mark> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isQuoteGlyph(c)) {
                continue;
            }
            char prev = i > from ? text.charAt(i - 1) : ' ';
            char next = i + 1 < to ? text.charAt(i + 1) : ' ';
            boolean apostropheLike = c == '’' || c == '‘';
            if (apostropheLike && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                continue; // geht’s, Kim Jong Un’s
            }
            boolean afterBoundary = Character.isWhitespace(prev) || OPENING_CONTEXT.indexOf(prev) >= 0 || isQuoteGlyph(prev);
            boolean beforeBoundary = Character.isWhitespace(next) || CLOSING_CONTEXT.indexOf(next) >= 0 || isQuoteGlyph(next);
            if (Character.isWhitespace(prev) && Character.isWhitespace(next)) {
                continue; // a free-standing glyph, e.g. a breadcrumb separator »
            }
            boolean canOpen = OPENERS.indexOf(c) >= 0;
            boolean canClose = CLOSERS.indexOf(c) >= 0;
            boolean closes;
            if (afterBoundary && !beforeBoundary) {
                closes = !canOpen;
            } else if (beforeBoundary && !afterBoundary) {
                closes = canClose;
            } else {
                // glued between words or between marks: close what is open if this glyph closes it
                closes = canClose && (!canOpen || expecting(open, c) != null);
            }
            if (!closes) {
                open.push(opener(i, c));
            } else {
                close(i, c, open, quotes);
            }
        }
        for (Mark unclosed : open) {
            quotes.add(new Quote(unclosed, null));
        }
    }

    private static void close(int index, char c, Deque<Mark> open, List<Quote> quotes) {
        Mark closer = closer(index, c, open);
        if (closer == null) {
            return; // an apostrophe after a word, e.g. Pilz’ Vorwurf
        }
        Mark partner = expecting(open, c);
        if (partner == null) {
            partner = open.stream().filter(m -> m.single() == closer.single()).findFirst().orElse(null);
        }
        if (partner == null) {
            if (!closer.single()) {
                quotes.add(new Quote(null, closer));
            }
            return;
        }
        while (!open.isEmpty()) {
            Mark top = open.pop();
            if (top == partner) {
                break;
            }
            quotes.add(new Quote(top, null));
        }
        quotes.add(new Quote(partner, closer));
    }

    /** The innermost open mark that this glyph closes in its own style, or null. */
    private static Mark expecting(Deque<Mark> open, char c) {
        for (Iterator<Mark> it = open.iterator(); it.hasNext(); ) {
            Mark m = it.next();
            if (m.style().close(m.single()) == c) {
                return m;
            }
        }
        return null;
    }

    private static Mark opener(int index, char c) {
        for (Style style : Style.values()) {
            for (boolean single : new boolean[] {false, true}) {
                if (style.open(single) == c) {
                    return new Mark(index, c, true, style, single);
                }
            }
        }
        throw new IllegalArgumentException("not an opening quote: " + c);
    }

    /**
     * The closing mark for this glyph. ‘ closes a German single quote, but a single closer only counts while a single
     * quote is open; otherwise it is an apostrophe.
     */
    private static Mark closer(int index, char c, Deque<Mark> open) {
        boolean singleOpen = open.stream().anyMatch(Mark::single);
        for (Style style : Style.values()) {
            for (boolean single : new boolean[] {false, true}) {
                if (style.close(single) == c && (!single || singleOpen)) {
                    return new Mark(index, c, false, style, single);
                }
            }
        }
        return null;
    }
}
