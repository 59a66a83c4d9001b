package org.mtqa.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;

/**
 * A text while artefacts are injected into it: its current state and the spans marked so far, kept in place through
 * every later edit. A mark is an injected artefact (it becomes a gold row) or a kept span (the original of a copy).
 * Edits never touch a mark or the {@value #MARGIN} characters around it, so a marked surface reads in the final text
 * exactly as it was injected, and no artefact merges with another.
 */
final class InjectedText {

    /** Characters kept clear on each side of a mark. */
    static final int MARGIN = 2;

    /** A number as German news writes it: digits with thousands points or a decimal comma, not part of a word. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}])");

    /** Two neighbouring words of one line with a single space between them. */
    record WordPair(Span left, Span right) {
    }

    /** A marked span; {@code category} is null for a kept span. */
    record Mark(Category category, String recipe, int start, int end) {
    }

    private String text;
    private final List<Mark> marks = new ArrayList<>();
    private List<Span> words;
    private List<Span> sentences;

    InjectedText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The words as {@link Spans#words} cuts them. */
    List<Span> words() {
        if (words == null) {
            words = Spans.words(text);
        }
        return words;
    }

    /** Words of letters only (no hyphen, digit or apostrophe) of at least {@code minLength}, clear of marks. */
    List<Span> plainWords(int minLength) {
        return words().stream().filter(w -> w.value().length() >= minLength && w.value().chars()
                .allMatch(Character::isLetter) && isFreeOnLine(w)).toList();
    }

    /** Neighbouring words with one space between them, clear of marks. */
    List<WordPair> wordPairs() {
        List<Span> all = words();
        List<WordPair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            Span a = all.get(i);
            Span b = all.get(i + 1);
            if (b.start() == a.end() + 1 && text.charAt(a.end()) == ' ' && isFreeOnLine(a.start(), b.end())) {
                pairs.add(new WordPair(a, b));
            }
        }
        return pairs;
    }

    /** Numbers standing alone: "18", "1.250", "2,6", not the digits of "B52" or "1.1.2016". */
    List<Span> numbers() {
        return Spans.matches(NUMBER, text);
    }

    /** The sentences of every line, as {@link Sentences#split} cuts them. */
    List<Span> sentences() {
        if (sentences == null) {
            List<Span> all = new ArrayList<>();
            Spans.lines(text).forEach(line -> all.addAll(Sentences.split(line)));
            sentences = all;
        }
        return sentences;
    }

    /** True when {@code [start, end)} and the margin around it hold no mark. */
    boolean isFree(int start, int end) {
        return marks.stream().noneMatch(m -> m.start() - MARGIN < end && start < m.end() + MARGIN);
    }

    /** True when the span is {@link #isFree free} and within one line. */
    boolean isFreeOnLine(int start, int end) {
        String piece = text.substring(start, end);
        return isFree(start, end) && piece.indexOf('\n') < 0 && piece.indexOf('\r') < 0;
    }

    boolean isFreeOnLine(Span span) {
        return isFreeOnLine(span.start(), span.end());
    }

    /**
     * Applies a recipe's edits, all or none.
     *
     * @return false, changing nothing, when the edits overlap each other or a marked span
     */
    boolean apply(Category category, String recipe, List<Edit> edits) {
        List<Edit> ordered = edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Edit edit = ordered.get(i);
            boolean overlapsNext = i + 1 < ordered.size() && (edit.end() > ordered.get(i + 1).start()
                    || edit.start() == ordered.get(i + 1).start());
            if (overlapsNext || !isFree(edit.start(), edit.end())) {
                return false;
            }
        }
        for (int i = ordered.size() - 1; i >= 0; i--) {
            replace(category, recipe, ordered.get(i));
        }
        return true;
    }

    /** The injected artefacts in text order. */
    List<Mark> artefacts() {
        return marks.stream().filter(m -> m.category() != null).sorted(Comparator.comparingInt(Mark::start)).toList();
    }

    private void replace(Category category, String recipe, Edit edit) {
        String replacement = edit.replacement();
        int shift = replacement.length() - (edit.end() - edit.start());
        marks.replaceAll(m -> m.start() >= edit.end()
                ? new Mark(m.category(), m.recipe(), m.start() + shift, m.end() + shift) : m);
        text = text.substring(0, edit.start()) + replacement + text.substring(edit.end());
        int at = edit.start();
        for (Edit.Part part : edit.parts()) {
            int end = at + part.text().length();
            if (part.kind() != Edit.Kind.PLAIN && end > at) {
                marks.add(new Mark(part.kind() == Edit.Kind.ARTEFACT ? category : null, recipe, at, end));
            }
            at = end;
        }
        words = null;
        sentences = null;
    }
}
