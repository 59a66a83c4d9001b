package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.text.AnalysedText;

class PairedQuoteTriageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the mark closes its quote on the same line: LanguageTool lost track
            "Sie moderiert »Second Life Tech«. »Die meisten haben ein Handy liegen«, sagt sie. | liegen« | true",
            "„Wir bleiben“, sagte er.                                                        | bleiben“ | true",
            // no partner of the same style on the line: the finding stays
            "»Die meisten haben ein Handy liegen, sagt sie.                                   | »Die    | false",
            "„Wir bleiben«, sagte er.                                                         | bleiben« | false"})
    void unpairedQuoteFindingOnAPairedMark_IsDropped(String text, String context, boolean dropped) {
        boolean markFirst = "„»«“".indexOf(context.charAt(0)) >= 0;
        int start = text.indexOf(context) + (markFirst ? 0 : context.length() - 1);
        Finding unpaired = new Finding(Category.QUOTATION, PairedQuoteTriage.RULE, Source.LANGUAGETOOL, Severity.MINOR,
                start, start + 1, "m", List.of());
        Finding other = new Finding(Category.GRAMMAR, "DE_CASE", Source.LANGUAGETOOL, Severity.MINOR, start, start + 1,
                "m", List.of());

        assertThat(new PairedQuoteTriage().triage(AnalysedText.of(text), List.of(unpaired, other)))
                .hasSize(dropped ? 1 : 2).contains(other);
    }
}
