package org.mtqa.artefact;

import java.util.List;

import org.mtqa.article.Article;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;

/**
 * Finds one kind of machine-translation or scraping artefact, the way a LanguageTool rule finds one kind of error.
 * A detector keeps no state between articles, so one instance serves every worker thread.
 */
public interface ArtefactDetector {

    /** Stable rule id, reported as a finding's {@code rule}, e.g. {@code MTQA_FUSED_WORD}. */
    String id();

    Category category();

    /** Findings in text order, each with exact offsets into {@code article.text()}. */
    List<Finding> detect(Article article);

    /** A finding of this detector's rule and category. */
    default Finding finding(Severity severity, int start, int end, String message, List<String> suggestions) {
        return new Finding(category(), id(), Source.MTQA, severity, start, end, message, suggestions);
    }
}
