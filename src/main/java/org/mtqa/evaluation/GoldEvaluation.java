package org.mtqa.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mtqa.finding.Category;
import org.mtqa.report.FileReport;
import org.mtqa.report.FindingReport;

/**
 * Compares reports with gold rows. A finding "finds" a row when its span overlaps the row's span, and "classifies" it
 * when it also has the row's category.
 */
public final class GoldEvaluation {

    /** Counts for one category: gold rows, rows found by any finding, rows found by a finding of that category. */
    public record Tally(int gold, int found, int classified) {
        Tally plus(boolean isFound, boolean isClassified) {
            return new Tally(gold + 1, found + (isFound ? 1 : 0), classified + (isClassified ? 1 : 0));
        }
    }

    /**
     * The outcome: tallies by category over the required rows, totals, the rows no finding overlaps, and the rows whose
     * surface the decoded file does not hold (a byte-order mark at the start is no part of the text), which count
     * nowhere.
     */
    public record Result(Map<Category, Tally> byCategory, Tally required, Tally optional, List<GoldRow> missed,
            List<GoldRow> unmatched) {

        public double recall() {
            return required.gold() == 0 ? 1.0 : (double) required.found() / required.gold();
        }

        public double classifiedShare() {
            return required.gold() == 0 ? 1.0 : (double) required.classified() / required.gold();
        }
    }

    private GoldEvaluation() {
    }

    /**
     * @param reports the reports by file name
     * @param texts   the decoded texts by file name
     */
    public static Result evaluate(List<GoldRow> gold, Function<String, FileReport> reports,
            Function<String, String> texts) {
        Map<Category, Tally> byCategory = new EnumMap<>(Category.class);
        Tally required = new Tally(0, 0, 0);
        Tally optional = new Tally(0, 0, 0);
        List<GoldRow> missed = new ArrayList<>();
        List<GoldRow> unmatched = new ArrayList<>();
        for (GoldRow row : gold) {
            String text = texts.apply(row.file());
            FileReport report = reports.apply(row.file());
            int start = text == null ? -1 : row.startIn(text);
            if (report == null || start < 0) {
                unmatched.add(row);
                continue;
            }
            int end = start + row.surface().length();
            List<FindingReport> overlapping = report.findings().stream()
                    .filter(f -> f.start() < end && start < f.end()).toList();
            boolean found = !overlapping.isEmpty();
            boolean classified = overlapping.stream().anyMatch(f -> f.category() == row.category());
            if (!found) {
                missed.add(row);
            }
            if (row.required()) {
                required = required.plus(found, classified);
                byCategory.merge(row.category(), new Tally(1, found ? 1 : 0, classified ? 1 : 0),
                        (a, b) -> new Tally(a.gold() + b.gold(), a.found() + b.found(), a.classified() + b.classified()));
            } else {
                optional = optional.plus(found, classified);
            }
        }
        return new Result(byCategory, required, optional, missed, unmatched);
    }
}
