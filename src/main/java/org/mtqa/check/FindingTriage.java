package org.mtqa.check;

import java.util.List;

import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;

/**
 * One step that re-rates LanguageTool's findings on the evidence of news text: it may lower a finding's severity with
 * a message saying why, or drop it, and keeps the rest as they are. The check runs the triages in their bean order.
 */
public interface FindingTriage {

    /** The findings, in the order given, re-rated or dropped; offsets unchanged. */
    List<Finding> triage(AnalysedText text, List<Finding> findings);
}
