package org.mtqa.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

import com.samskivert.mustache.Escapers;

/**
 * The article as HTML with one {@code <mark>} per finding. Walks the text once in offset order; a finding inside
 * another nests in it, and one that crosses the end of another is cut at that end (its {@code data-end} still gives
 * the true span), so the markup is always well-formed.
 */
final class HighlightedText {

    private HighlightedText() {
    }

    static String render(String text, List<FindingReport> findings) {
        StringWriter html = new StringWriter(text.length() * 2);
        try {
            render(text, findings, html);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return html.toString();
    }

    /** Writes the article as HTML straight to {@code html}: for a long article, a string of it would be huge. */
    static void render(String text, List<FindingReport> findings, Writer html) throws IOException {
        Deque<Integer> openEnds = new ArrayDeque<>();
        int position = 0;
        List<Integer> order = IntStream.range(0, findings.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> findings.get(i).start())
                        .thenComparing(i -> -findings.get(i).end()))
                .toList();
        for (int index : order) {
            FindingReport finding = findings.get(index);
            while (!openEnds.isEmpty() && openEnds.peek() <= finding.start()) {
                position = close(html, text, position, openEnds.pop());
            }
            html.append(escape(text.substring(position, finding.start())));
            position = finding.start();
            int end = openEnds.isEmpty() ? finding.end() : Math.min(finding.end(), openEnds.peek());
            openEnds.push(end);
            html.append(new StringBuilder("<mark id=\"f").append(index)
                    .append("\" class=\"hl c-").append(finding.category())
                    .append(" s-").append(finding.severity())
                    .append("\" data-index=\"").append(index)
                    .append("\" data-start=\"").append(finding.start())
                    .append("\" data-end=\"").append(finding.end())
                    .append("\" data-category=\"").append(finding.category())
                    .append("\" title=\"").append(escape(tooltip(finding)))
                    .append("\">"));
        }
        while (!openEnds.isEmpty()) {
            position = close(html, text, position, openEnds.pop());
        }
        html.append(escape(text.substring(position)));
    }

    /** Category, message and suggestions, so a reader sees the fix without leaving the text. */
    private static String tooltip(FindingReport finding) {
        String tip = finding.category() + " (" + finding.severity() + "): " + finding.message();
        if (!finding.suggestions().isEmpty()) {
            tip += " → " + finding.suggestionList();
        }
        return tip;
    }

    private static int close(Writer html, String text, int position, int end) throws IOException {
        html.append(escape(text.substring(position, end))).append("</mark>");
        return end;
    }

    private static String escape(String raw) {
        return Escapers.HTML.escape(raw);
    }
}
