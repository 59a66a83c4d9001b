package org.mtqa.check;

import java.util.List;

import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;

/**
 * LanguageTool's agreement rule judges a noun phrase by the gender, number and case of each word. When a word of the
 * phrase is one the German dictionary does not know (an English product or place name, "den App Stores", "die
 * FestZins Tilgungsanleihen", "den Millennium Park"), that word's gender is a guess, and so is the finding: it becomes
 * INFO. The word itself, if it is untranslated text, is the untranslated-text detector's to report.
 */
public class ForeignWordAgreementTriage implements FindingTriage {

    static final String AGREEMENT_RULE = "DE_AGREEMENT";

    private final GermanLexicon lexicon;

    public ForeignWordAgreementTriage(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Finding> triage(AnalysedText text, List<Finding> findings) {
        return findings.stream().map(f -> isScoredAgreementFinding(f) ? rate(text, f) : f).toList();
    }

    private static boolean isScoredAgreementFinding(Finding finding) {
        return finding.rule().equals(AGREEMENT_RULE) && finding.severity() != Severity.INFO;
    }

    private Finding rate(AnalysedText text, Finding finding) {
        return Spans.words(text.text().substring(finding.start(), finding.end())).stream().map(Spans.Span::value)
                .filter(word -> !lexicon.isKnown(word)).findFirst()
                .map(word -> finding.rated(Severity.INFO, "The agreement of this phrase hangs on '" + word
                        + "', a word the German dictionary does not know, so its gender is a guess: check it"))
                .orElse(finding);
    }
}
