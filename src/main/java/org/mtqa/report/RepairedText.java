package org.mtqa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.mtqa.check.Category;

/**
 * The article with its safe suggestions applied: fused words split, stray characters and compounds repaired, quotes
 * normalised, and boilerplate, markup debris and noise deleted. These are the fixes a detector proposes from
 * unambiguous evidence; spelling and grammar suggestions need a reader and are never applied.
 */
public final class RepairedText {

    /** Categories whose first suggestion replaces the span. */
    private static final Set<Category> REPLACED = EnumSet.of(Category.FUSED_WORD, Category.SPLIT_WORD,
            Category.STRAY_CHARACTER, Category.QUOTATION);
    /** Categories whose suggestion "" deletes the span. */
    private static final Set<Category> DELETED = EnumSet.of(Category.BOILERPLATE, Category.MARKUP_DEBRIS,
            Category.NOISE_TOKEN);

    private RepairedText() {
    }

    /** True when the finding's first suggestion can be applied without a reader's judgement. */
    public static boolean isSafe(FindingReport finding) {
        if (finding.suggestions().isEmpty()) {
            return false;
        }
        boolean delete = finding.suggestions().get(0).isEmpty();
        return delete ? DELETED.contains(finding.category()) : REPLACED.contains(finding.category());
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

    /**
     * Applies the safe suggestions from the end backwards, so every finding's offsets still index the text when it is
     * applied. A deletion that leaves its line blank takes the whole line with its line end.
     */
    public static String apply(String text, List<FindingReport> findings) {
        StringBuilder repaired = new StringBuilder(text);
        List<FindingReport> repairs = repairs(findings);
        for (int i = repairs.size() - 1; i >= 0; i--) {
            FindingReport repair = repairs.get(i);
            String replacement = repair.suggestions().get(0);
            if (replacement.isEmpty()) {
                deleteSpanOrLine(repaired, repair.start(), repair.end());
            } else {
                repaired.replace(repair.start(), repair.end(), replacement);
            }
        }
        return repaired.toString();
    }

    private static void deleteSpanOrLine(StringBuilder text, int start, int end) {
        int lineStart = start;
        while (lineStart > 0 && !isLineBreak(text.charAt(lineStart - 1))) {
            lineStart--;
        }
        int lineEnd = end;
        while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
            lineEnd++;
        }
        if (!text.substring(lineStart, start).isBlank() || !text.substring(end, lineEnd).isBlank()) {
            text.delete(start, end);
            return;
        }
        if (text.indexOf("\r\n", lineEnd) == lineEnd) {
            lineEnd += 2;
        } else if (lineEnd < text.length()) {
            lineEnd++;
        }
        text.delete(lineStart, lineEnd);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
