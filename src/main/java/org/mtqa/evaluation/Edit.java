package org.mtqa.evaluation;

import java.util.List;

import org.mtqa.text.Spans.Span;

/**
 * One change a recipe makes to an {@link InjectedText}: {@code [start, end)} of the current text becomes its parts,
 * in order. An artefact part becomes a gold row; a kept part is text the later edits must leave alone (the original of
 * a copy); plain parts are ordinary text around them (a space, a line break).
 */
record Edit(int start, int end, List<Part> parts) {

    enum Kind { PLAIN, ARTEFACT, KEPT }

    record Part(String text, Kind kind) {
    }

    /** {@code [start, end)} becomes {@code before + surface + after}; {@code surface} is the artefact. */
    static Edit of(int start, int end, String before, String surface, String after) {
        return new Edit(start, end, List.of(plain(before), artefact(surface), plain(after)));
    }

    /** {@code [start, end)} becomes the artefact {@code surface}. */
    static Edit replace(int start, int end, String surface) {
        return new Edit(start, end, List.of(artefact(surface)));
    }

    /** {@code span} stays as it is, kept clear of later edits. */
    static Edit keep(Span span) {
        return new Edit(span.start(), span.end(), List.of(new Part(span.value(), Kind.KEPT)));
    }

    static Part plain(String text) {
        return new Part(text, Kind.PLAIN);
    }

    static Part artefact(String text) {
        return new Part(text, Kind.ARTEFACT);
    }

    String replacement() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
