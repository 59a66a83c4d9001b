package org.mtqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FindingReport;
import org.mtqa.score.Verdict;

class AlarmRatesTest {

    @Test
    void of_CountsMinorAndAboveBySourcePerThousandWords() {
        FileReport passed = report(Verdict.PASS, 1500,
                finding(Category.SPELLING, Source.LANGUAGETOOL, Severity.MINOR),
                finding(Category.SPELLING, Source.LANGUAGETOOL, Severity.INFO),
                finding(Category.BOILERPLATE, Source.MTQA, Severity.MAJOR));
        // LanguageTool's doubled word, filed under an artefact category by triage, stays LanguageTool's
        FileReport reviewed = report(Verdict.REVIEW, 500, finding(Category.QUOTATION, Source.MTQA, Severity.MINOR),
                finding(Category.DUPLICATE_TEXT, Source.LANGUAGETOOL, Severity.MINOR));

        AlarmRates rates = AlarmRates.of(List.of(passed, reviewed));

        assertThat(rates.words()).isEqualTo(2000);
        assertThat(rates.detectorRate()).isEqualTo(1.0);
        assertThat(rates.allRate()).isEqualTo(2.0);
        assertThat(rates.passShare()).isEqualTo(0.5);
        assertThat(rates.byCategory()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Category.SPELLING, 1, Category.BOILERPLATE, 1, Category.QUOTATION, 1, Category.DUPLICATE_TEXT, 1));
    }

    private static FileReport report(Verdict verdict, int words, FindingReport... findings) {
        return new FileReport("a.txt", "", FileStatus.CHECKED, null, "UTF-8", "de-DE", words, 1, 90.0, verdict,
                Map.of(),
                List.of(findings));
    }

    private static FindingReport finding(Category category, Source source, Severity severity) {
        return new FindingReport(category, "R", source, severity, 0, 1, 1, 1, "x", "m", List.of());
    }
}
