package org.mtqa.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mtqa.article.Article;
import org.mtqa.article.ArticleReader;
import org.mtqa.check.CheckTimings;
import org.mtqa.report.FileReport;
import org.mtqa.report.JsonReports;
import org.mtqa.report.ReportFiles;
import org.mtqa.report.RunSummary;

/**
 * The evaluation command's output: reads back the reports a run wrote and prints, per category, how many gold
 * artefacts were found and classified right, then the alarm rates per 1,000 words: on all files, and with a gold file
 * also on the files it has no row for (the controls of an injected corpus), where every alarm is a false one.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /**
     * @param input    the input folder the run checked
     * @param fallback the encoding of files that are not valid UTF-8, or null for none
     * @param gold     gold TSV of known artefacts in the input folder, or null for alarm rates only
     */
    public static String render(Path input, Charset fallback, Path gold, ReportFiles reportFiles,
            CheckTimings timings) {
        RunSummary summary = JsonReports.parse(read(reportFiles.summary()), RunSummary.class);
        Map<String, FileReport> reports = summary.files().stream()
                .collect(Collectors.toMap(f -> f.file(), f -> JsonReports.parse(
                        read(reportFiles.jsonReport(f.file())), FileReport.class)));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "mtqa evaluation of %s (%s): %d files, %d words%n",
                summary.input(), summary.language(), summary.totals().files(), summary.totals().words()));
        Set<String> goldFiles = null;
        if (gold != null) {
            List<GoldRow> rows = GoldRow.read(gold);
            Function<String, String> texts = file -> ArticleReader.read(input, file, fallback) instanceof Article a
                    ? a.text() : null;
            appendGold(out, GoldEvaluation.evaluate(rows, reports::get, texts));
            goldFiles = rows.stream().map(GoldRow::file).collect(Collectors.toSet());
        }
        out.append(rates(reports.values(), goldFiles));
        appendTimings(out, timings);
        return out.toString();
    }

    private static void appendGold(StringBuilder out, GoldEvaluation.Result result) {
        out.append(String.format(Locale.ROOT, "%-18s %5s %6s %11s%n", "category", "gold", "found", "classified"));
        result.byCategory().forEach((category, t) -> out.append(String.format(Locale.ROOT, "%-18s %5d %6d %11d%n",
                category, t.gold(), t.found(), t.classified())));
        GoldEvaluation.Tally r = result.required();
        GoldEvaluation.Tally o = result.optional();
        out.append(String.format(Locale.ROOT, "%-18s %5d %6d %11d   found %.1f%%, classified %.1f%%%n",
                "required rows", r.gold(), r.found(), r.classified(), 100 * result.recall(),
                100 * result.classifiedShare()));
        out.append(String.format(Locale.ROOT, "%-18s %5d %6d %11d%n", "optional rows", o.gold(), o.found(),
                o.classified()));
        result.missed().forEach(row -> out.append(String.format(Locale.ROOT, "missed%s: %s %s \"%s\"%n",
                row.required() ? "" : " (optional)", row.file(), row.category(), row.surface())));
        result.unmatched().forEach(row -> out.append(String.format(Locale.ROOT,
                "gold row not in its file (not counted): %s %s \"%s\" occurrence %d%n", row.file(), row.category(),
                row.surface(), row.occurrence())));
    }

    /**
     * The alarm rates on all files and, unless {@code goldFiles} is null, on the files not among them.
     *
     * @param goldFiles the files the gold file has rows for, or null without a gold file; the rates on the others, if
     *                  any, are printed on their own
     */
    static String rates(Collection<FileReport> reports, Set<String> goldFiles) {
        StringBuilder out = new StringBuilder();
        appendRates(out, "", AlarmRates.of(List.copyOf(reports)));
        List<FileReport> controlFiles = goldFiles == null ? List.of()
                : reports.stream().filter(r -> !goldFiles.contains(r.file())).toList();
        if (!controlFiles.isEmpty()) {
            AlarmRates controls = AlarmRates.of(controlFiles);
            appendRates(out, String.format(Locale.ROOT, "controls (%d files without gold rows, %d words): ",
                    controls.files(), controls.words()), controls);
        }
        return out.toString();
    }

    private static void appendRates(StringBuilder out, String label, AlarmRates rates) {
        out.append(label).append(String.format(Locale.ROOT,
                "alarms (MINOR or above) per 1,000 words: mtqa's detectors %.2f, all %.2f (LanguageTool %.2f)%n",
                rates.detectorRate(), rates.allRate(), rates.perThousandWords(rates.languageToolAlarms())));
        out.append(label).append(String.format(Locale.ROOT, "PASS: %d of %d files (%.1f%%)%n", rates.passed(),
                rates.files(), 100 * rates.passShare()));
        out.append(label).append("by category per 1,000 words:");
        rates.byCategory().forEach((category, n) -> out.append(String.format(Locale.ROOT, " %s %.2f",
                category, rates.perThousandWords(n))));
        out.append(System.lineSeparator());
    }

    /** Only files checked in this process count: unchanged files skipped by an incremental run cost nothing. */
    private static void appendTimings(StringBuilder out, CheckTimings timings) {
        double languageTool = timings.languageToolSeconds();
        double detectors = timings.detectorSeconds();
        out.append(String.format(Locale.ROOT, "time over all threads: LanguageTool %.1f s, detectors %.2f s (%.1f%% of"
                + " LanguageTool's)%n", languageTool, detectors, languageTool == 0 ? 0 : 100 * detectors / languageTool));
        out.append("detector seconds:");
        timings.seconds().forEach((checker, seconds) -> {
            if (!checker.equals(CheckTimings.LANGUAGETOOL)) {
                out.append(String.format(Locale.ROOT, " %s %.2f", checker.replace("MTQA_", ""), seconds));
            }
        });
        out.append(System.lineSeparator());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
