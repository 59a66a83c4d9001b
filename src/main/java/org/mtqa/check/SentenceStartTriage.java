package org.mtqa.check;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;

/**
 * News datelines ("Wien – Die Regierung …", "Gaza/Jerusalem – Die …") start a sentence after the place names, so the
 * capitalised word after the dash is right; so is a capital starting a full sentence after a colon. LanguageTool reads
 * both as the middle of a sentence and calls that word a capitalisation error; this drops those matches.
 */
public class SentenceStartTriage implements FindingTriage {

    /**
     * One to three capitalised place words (joined by '/', ' / ', '-' or a space) at a line or sentence start, then a
     * dash; or a colon, after which German may start a full sentence with a capital.
     */
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(?m)(?:(?:^|(?<=[.!?:\"“”»«]\\s))\\p{Lu}[\\p{L}.'’-]*(?:(?: / |[/ ])\\p{Lu}[\\p{L}.'’-]*){0,2}\\s+[–—-]|:)"
                    + "\\s+(?=\\p{Lu})");

    @Override
    public List<Finding> triage(AnalysedText text, List<Finding> findings) {
        Set<Integer> sentenceStarts = SENTENCE_START.matcher(text.text()).results().map(MatchResult::end)
                .collect(Collectors.toSet());
        if (sentenceStarts.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(f -> !(f.category() == Category.GRAMMAR && sentenceStarts.contains(f.start())))
                .toList();
    }
}
