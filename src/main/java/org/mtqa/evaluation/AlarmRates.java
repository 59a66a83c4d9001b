package org.mtqa.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FindingReport;
import org.mtqa.score.Verdict;

/**
 * How noisy the checks are on a folder: findings of MINOR severity or above per 1,000 words, counted apart for mtqa's
 * own detectors and for LanguageTool (whose findings keep their source when triage files them under an artefact
 * category, as its doubled-word rule's are). On clean, human-written text nearly every such finding is a false alarm.
 */
public record AlarmRates(long words, int files, int passed, int detectorAlarms, int languageToolAlarms,
        Map<Category, Integer> byCategory) {

    public static AlarmRates of(List<FileReport> reports) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        int detectors = 0;
        int languageTool = 0;
        for (FileReport report : reports) {
            for (FindingReport f : report.findings()) {
                if (!f.severity().isAtLeast(Severity.MINOR)) {
                    continue;
                }
                byCategory.merge(f.category(), 1, Integer::sum);
                if (f.source() == Source.MTQA) {
                    detectors++;
                } else {
                    languageTool++;
                }
            }
        }
        long words = reports.stream().mapToLong(FileReport::words).sum();
        int passed = (int) reports.stream()
                .filter(r -> r.status() == FileStatus.CHECKED && r.verdict() == Verdict.PASS).count();
        return new AlarmRates(words, reports.size(), passed, detectors, languageTool, byCategory);
    }

    public double perThousandWords(int alarms) {
        return words == 0 ? 0.0 : 1000.0 * alarms / words;
    }

    public double detectorRate() {
        return perThousandWords(detectorAlarms);
    }

    public double allRate() {
        return perThousandWords(detectorAlarms + languageToolAlarms);
    }

    public double passShare() {
        return files == 0 ? 1.0 : (double) passed / files;
    }
}
