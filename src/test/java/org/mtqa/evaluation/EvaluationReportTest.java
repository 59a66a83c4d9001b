package org.mtqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FindingReport;
import org.mtqa.score.Verdict;

class EvaluationReportTest {

    @Test
    void rates_WithAGoldFile_AlsoPrintTheRatesOnTheFilesWithoutGoldRows() {
        FileReport injected = report("injected.txt", 1000, Category.BOILERPLATE, Category.NOISE_TOKEN);
        FileReport control = report("control.txt", 500, Category.QUOTATION);

        String rates = EvaluationReport.rates(List.of(injected, control), Set.of("injected.txt"));

        assertThat(rates).contains("alarms (MINOR or above) per 1,000 words: mtqa's detectors 2.00")
                .contains("controls (1 files without gold rows, 500 words): alarms (MINOR or above) per 1,000 words: "
                        + "mtqa's detectors 2.00")
                .contains("controls (1 files without gold rows, 500 words): by category per 1,000 words: "
                        + "QUOTATION 2.00");
    }

    @Test
    void rates_WithoutAGoldFile_PrintOnlyTheRatesOnAllFiles() {
        String rates = EvaluationReport.rates(List.of(report("a.txt", 1000, Category.QUOTATION)), null);

        assertThat(rates).doesNotContain("controls").contains("mtqa's detectors 1.00");
    }

    @Test
    void rates_WhenTheGoldFileNamesEveryFile_PrintNoControlsLine() {
        String rates = EvaluationReport.rates(List.of(report("a.txt", 1000, Category.QUOTATION)), Set.of("a.txt"));

        assertThat(rates).doesNotContain("controls");
    }

    @Test
    void gold_ARowItsFileDoesNotHold_IsListedAndNotCounted() {
        FileReport a = report("a.txt", 1000, Category.QUOTATION);
        List<GoldRow> gold = List.of(new GoldRow("a.txt", Category.QUOTATION, "x", 1, true),
                new GoldRow("a.txt", Category.INVISIBLE_CHARACTER, "\uFEFFUnwetter", 1, true));

        GoldEvaluation.Result result = GoldEvaluation.evaluate(gold, file -> a, file -> "x Unwetter");

        assertThat(result.required().gold()).isEqualTo(1);
        assertThat(result.recall()).isEqualTo(1.0);
        assertThat(result.unmatched()).extracting(GoldRow::category).containsExactly(Category.INVISIBLE_CHARACTER);
    }

    private static FileReport report(String file, int words, Category... categories) {
        List<FindingReport> findings = Arrays.stream(categories)
                .map(c -> new FindingReport(c, "R", Source.MTQA, Severity.MINOR, 0, 1, 1, 1, "x", "m", List.of()))
                .toList();
        return new FileReport(file, "", FileStatus.CHECKED, null, "UTF-8", "de-DE", words, 1, 90.0, Verdict.PASS,
                Map.of(), findings);
    }
}
