package org.mtqa.artefact;

import java.util.List;
import java.util.regex.Pattern;

import org.mtqa.text.Spans;

/** A pattern with the name a finding's message gives what it matches ("HTML entity", "Unix timestamp"). */
public record LabelledPattern(String label, Pattern pattern) {

    public List<Spans.Span> matches(CharSequence text) {
        return Spans.matches(pattern, text);
    }
}
