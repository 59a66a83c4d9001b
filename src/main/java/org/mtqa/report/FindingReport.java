package org.mtqa.report;

import java.util.List;
import java.util.stream.Collectors;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;

/** A finding as reports show it: with its text and 1-based line and column. */
public record FindingReport(
        Category category,
        String rule,
        Source source,
        Severity severity,
        int start,
        int end,
        int line,
        int column,
        String text,
        String message,
        List<String> suggestions) {

    static FindingReport of(Finding finding, String articleText, LineIndex lines) {
        return new FindingReport(finding.category(), finding.rule(), finding.source(), finding.severity(),
                finding.start(), finding.end(), lines.line(finding.start()), lines.column(finding.start()),
                articleText.substring(finding.start(), finding.end()), finding.message(), finding.suggestions());
    }

    /** The suggestions for people: joined by " · ", an empty one shown as "(delete)". */
    public String suggestionList() {
        return suggestions.stream().map(s -> s.isEmpty() ? "(delete)" : s).collect(Collectors.joining(" · "));
    }
}
