package org.mtqa.text;

import java.util.HashMap;
import java.util.Map;

/** How often each word form occurs in a text: evidence that a form is the text's own vocabulary. */
public final class WordCounts {

    private WordCounts() {
    }

    /** Case-sensitive counts of the words of a text, as {@link Spans#words(String)} cuts them. */
    public static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Spans.Span word : Spans.words(text)) {
            counts.merge(word.value(), 1, Integer::sum);
        }
        return counts;
    }
}
