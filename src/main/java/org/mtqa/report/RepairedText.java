package org.mtqa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mtqa.finding.Category;

/**
 * The article with its safe suggestions applied, as {@link Category#repair()} says for each category: fused words split,
 * stray characters, compounds and mojibake repaired, quotes normalised, invisible characters, boilerplate, markup
 * debris, noise and translator notes deleted. These are the fixes a detector proposes from unambiguous evidence; spelling and grammar suggestions need a reader and are never applied. The edits are known
 * exactly, so the diff against the article is built from them, in one pass, whatever the article's length.
 */
public final class RepairedText {

    /** One run of the diff: text in both versions, only in the article ({@code deleted}) or only in the repair. */
    record Segment(String text, boolean deleted, boolean inserted) {

        boolean unchanged() {
            return !deleted && !inserted;
        }
    }

    /** Replace the article's {@code [start, end)} with {@code replacement}. */
    private record Edit(int start, int end, String replacement) {
    }

    private RepairedText() {
    }

    /** True when the finding's first suggestion can be applied without a reader's judgement. */
    public static boolean isSafe(FindingReport finding) {
        if (finding.suggestions().isEmpty()) {
            return false;
        }
        boolean delete = finding.suggestions().get(0).isEmpty();
        return finding.category().repair() == (delete ? Category.Repair.DELETE : Category.Repair.REPLACE);
    }

    /** The safe findings in text order; of two overlapping ones only the first is applied. */
    static List<FindingReport> repairs(List<FindingReport> findings) {
        List<FindingReport> repairs = new ArrayList<>();
        int appliedUpTo = 0;
        for (FindingReport finding : findings.stream().filter(RepairedText::isSafe)
                .sorted(Comparator.comparingInt(FindingReport::start)).toList()) {
            if (finding.start() >= appliedUpTo) {
                repairs.add(finding);
                appliedUpTo = finding.end();
            }
        }
        return repairs;
    }

    public static String apply(String text, List<FindingReport> findings) {
        StringBuilder repaired = new StringBuilder(text.length());
        for (Segment segment : diff(text, findings)) {
            if (!segment.deleted()) {
                repaired.append(segment.text());
            }
        }
        return repaired.toString();
    }

    /** The article and its repair as one sequence of kept, deleted and inserted runs. */
    static List<Segment> diff(String text, List<FindingReport> findings) {
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (Edit edit : edits(text, findings)) {
            if (edit.start() > position) {
                segments.add(new Segment(text.substring(position, edit.start()), false, false));
            }
            segments.add(new Segment(text.substring(edit.start(), edit.end()), true, false));
            if (!edit.replacement().isEmpty()) {
                segments.add(new Segment(edit.replacement(), false, true));
            }
            position = edit.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false, false));
        }
        return segments;
    }

    /**
     * The edits in text order. A deletion that leaves its line blank takes the whole line with its line end, so that
     * dropped boilerplate leaves no empty line behind.
     */
    private static List<Edit> edits(String text, List<FindingReport> findings) {
        List<Edit> edits = new ArrayList<>();
        int previousEnd = 0;
        for (FindingReport repair : repairs(findings)) {
            String replacement = repair.suggestions().get(0);
            Edit edit = replacement.isEmpty() ? deletion(text, repair.start(), repair.end())
                    : new Edit(repair.start(), repair.end(), replacement);
            // a widened deletion may reach back over an earlier edit on its line: keep that one's end
            edits.add(edit.start() < previousEnd ? new Edit(previousEnd, Math.max(previousEnd, edit.end()), "") : edit);
            previousEnd = edits.get(edits.size() - 1).end();
        }
        return edits;
    }

    private static Edit deletion(String text, int start, int end) {
        int lineStart = start;
        while (lineStart > 0 && !isLineBreak(text.charAt(lineStart - 1))) {
            lineStart--;
        }
        int lineEnd = end;
        while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
            lineEnd++;
        }
        if (!text.substring(lineStart, start).isBlank() || !text.substring(end, lineEnd).isBlank()) {
            return new Edit(start, end, "");
        }
        if (text.startsWith("\r\n", lineEnd)) {
            lineEnd += 2;
        } else if (lineEnd < text.length()) {
            lineEnd++;
        }
        return new Edit(lineStart, lineEnd, "");
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
