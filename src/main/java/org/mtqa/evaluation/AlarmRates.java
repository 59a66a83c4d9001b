package org.mtqa.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FindingReport;
import org.mtqa.score.Verdict;

/**
 * How noisy the checks are on a folder: findings of MINOR severity or above per 1,000 words. On clean, human-written
 * text nearly every such finding is a false alarm.
 */
public record AlarmRates(long words, int files, int passed, int artefactAlarms, int languageToolAlarms,
        Map<Category, Integer> byCategory) {

    public static AlarmRates of(List<FileReport> reports) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        int artefacts = 0;
        int languageTool = 0;
        for (FileReport report : reports) {
            for (FindingReport f : report.findings()) {
                if (!f.severity().isAtLeast(Severity.MINOR)) {
                    continue;
                }
                byCategory.merge(f.category(), 1, Integer::sum);
                if (f.category().isArtefact()) {
                    artefacts++;
                } else {
                    languageTool++;
                }
            }
        }
        long words = reports.stream().mapToLong(FileReport::words).sum();
        int passed = (int) reports.stream()
                .filter(r -> r.status() == FileStatus.CHECKED && r.verdict() == Verdict.PASS).count();
        return new AlarmRates(words, reports.size(), passed, artefacts, languageTool, byCategory);
    }

    public double perThousandWords(int alarms) {
        return words == 0 ? 0.0 : 1000.0 * alarms / words;
    }

    public double artefactRate() {
        return perThousandWords(artefactAlarms);
    }

    public double allRate() {
        return perThousandWords(artefactAlarms + languageToolAlarms);
    }

    public double passShare() {
        return files == 0 ? 1.0 : (double) passed / files;
    }
}
