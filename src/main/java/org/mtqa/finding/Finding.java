package org.mtqa.finding;

import java.util.List;

/**
 * One problem in an article. {@code start} and {@code end} are Java string indices into the article text exactly as
 * decoded (BOM removed, nothing else changed), end exclusive.
 */
public record Finding(
        Category category,
        String rule,
        Source source,
        Severity severity,
        int start,
        int end,
        String message,
        List<String> suggestions) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for rule " + rule);
        }
        suggestions = List.copyOf(suggestions);
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    public Finding withSuggestions(List<String> newSuggestions) {
        return new Finding(category, rule, source, severity, start, end, message, newSuggestions);
    }

    /** The same span and suggestions, rated anew with a message that says why. */
    public Finding rated(Severity newSeverity, String newMessage) {
        return new Finding(category, rule, source, newSeverity, start, end, newMessage, suggestions);
    }
}
