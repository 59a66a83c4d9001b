package org.mtqa.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.QuoteMarks;

/**
 * LanguageTool's {@code DE_UNPAIRED_QUOTES} looks across the whole text and may pair marks of one paragraph with those
 * of another, or lose track after a quoted title: it then calls a mark unpaired that closes its quote on the same
 * line ("»Die meisten haben ein altes Handy liegen«, sagt sie. »Wenn wir …«"). mtqa pairs marks itself, line by line and
 * by style ({@link QuoteMarks}); a mark it pairs with one of the same style is dropped from LanguageTool's findings. A
 * mark it cannot pair stays, and the QUOTATION detector reports it as well.
 */
public class PairedQuoteTriage implements FindingTriage {

    /** LanguageTool's rule for quotation marks without their partner. */
    static final String RULE = "DE_UNPAIRED_QUOTES";

    @Override
    public List<Finding> triage(AnalysedText text, List<Finding> findings) {
        if (findings.stream().noneMatch(f -> RULE.equals(f.rule()))) {
            return findings;
        }
        Set<Integer> paired = text.quotePairs().stream()
                .filter(QuoteMarks.Quote::isMatched)
                .flatMap(q -> Stream.of(q.open().index(), q.close().index()))
                .collect(Collectors.toSet());
        return findings.stream()
                .filter(f -> !(RULE.equals(f.rule()) && f.end() - f.start() == 1 && paired.contains(f.start())))
                .toList();
    }
}
