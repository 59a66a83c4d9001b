package org.mtqa.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A word-level diff of two texts, as segments a template renders as plain text, {@code <del>} or {@code <ins>}.
 * Words, runs of spaces and single other characters are the tokens, so a split word or a dropped quote shows as just
 * that change.
 */
final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("\\w+|[ \\t]+|\\r\\n|.",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("[ \\t]+");

    /** One run of text that is in both texts, only in the original ({@code deleted}) or only in the new one. */
    record Segment(String text, boolean deleted, boolean inserted) {

        boolean unchanged() {
            return !deleted && !inserted;
        }
    }

    private TextDiff() {
    }

    static List<Segment> words(String original, String revised) {
        List<String> from = tokens(original);
        List<String> to = tokens(revised);
        List<Segment> segments = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            List<String> same = from.subList(position, delta.getSource().getPosition());
            if (!deleted.isEmpty() || !inserted.isEmpty()) {
                if (isSpace(same)) {
                    // "anwo" → "an wo" reads as one change, not as "an", a kept space and "wo"
                    deleted.addAll(same);
                    inserted.addAll(same);
                    same = List.of();
                } else {
                    flush(segments, deleted, inserted);
                }
            }
            add(segments, same, false, false);
            deleted.addAll(delta.getSource().getLines());
            inserted.addAll(delta.getTarget().getLines());
            position = delta.getSource().last() + 1;
        }
        flush(segments, deleted, inserted);
        add(segments, from.subList(position, from.size()), false, false);
        return segments;
    }

    private static boolean isSpace(List<String> tokens) {
        return tokens.size() == 1 && SPACE.matcher(tokens.get(0)).matches();
    }

    private static void flush(List<Segment> segments, List<String> deleted, List<String> inserted) {
        add(segments, deleted, true, false);
        add(segments, inserted, false, true);
        deleted.clear();
        inserted.clear();
    }

    private static void add(List<Segment> segments, List<String> tokens, boolean deleted, boolean inserted) {
        if (!tokens.isEmpty()) {
            segments.add(new Segment(String.join("", tokens), deleted, inserted));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
