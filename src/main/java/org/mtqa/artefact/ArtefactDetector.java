package org.mtqa.artefact;

import java.util.List;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.text.AnalysedText;

/**
 * Finds one kind of machine-translation or scraping artefact, the way a LanguageTool rule finds one kind of error: a
 * category, a rule id derived from it, a description, and examples of wrong text with its correction and of right text
 * that must stay silent ({@code DetectorExamplesTest} runs them all). A detector keeps no state between articles, so
 * one instance serves every worker thread.
 */
public interface ArtefactDetector {

    Category category();

    /** Stable rule id, reported as a finding's {@code rule}: {@code MTQA_} and the category ({@code MTQA_FUSED_WORD}). */
    default String id() {
        return "MTQA_" + category().name();
    }

    /** What the detector finds and on what evidence, in one or two sentences for the README and the reports. */
    String description();

    /** Wrong text with its correction, and right text that must stay silent; at least one of each. */
    List<DetectorExample> examples();

    /** Findings in text order, each with exact offsets into {@code text.text()}. */
    List<Finding> detect(AnalysedText text);

    /** A finding of this detector's rule and category, with the category's severity. */
    default Finding finding(int start, int end, String message, List<String> suggestions) {
        return finding(category().severity(), start, end, message, suggestions);
    }

    /** A finding of this detector's rule and category, rated on the detector's own evidence. */
    default Finding finding(Severity severity, int start, int end, String message, List<String> suggestions) {
        return new Finding(category(), id(), Source.MTQA, severity, start, end, message, suggestions);
    }
}
