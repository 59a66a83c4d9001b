package org.mtqa.check;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * News datelines ("Wien – Die Regierung …", "Gaza/Jerusalem – Die …") start a sentence after the place names, so the
 * capitalised word after the dash is right. LanguageTool reads the place and the dash as part of the sentence and
 * calls that word a capitalisation error; this drops those matches.
 */
final class Datelines {

    /** One to three capitalised place words (joined by '/', '-' or a space) at a line or sentence start, then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)(?:^|(?<=[.!?:\"“”»«]\\s))\\p{Lu}[\\p{L}.'’-]*(?:[/ ]\\p{Lu}[\\p{L}.'’-]*){0,2}\\s+[–—-]\\s+(?=\\p{Lu})");

    private Datelines() {
    }

    static List<Finding> withoutDatelineCasing(String text, List<Finding> findings) {
        Set<Integer> sentenceStarts = DATELINE.matcher(text).results().map(MatchResult::end)
                .collect(Collectors.toSet());
        if (sentenceStarts.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(f -> !(f.category() == Category.GRAMMAR && sentenceStarts.contains(f.start())))
                .toList();
    }
}
