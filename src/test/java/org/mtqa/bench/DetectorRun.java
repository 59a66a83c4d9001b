package org.mtqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mtqa.artefact.AllDetectors;
import org.mtqa.artefact.ArtefactDetector;
import org.mtqa.article.ArticleReader;
import org.mtqa.evaluation.GoldRow;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

/**
 * The detectors alone over a folder, without LanguageTool's check, Spring or reports: the quick loop for working on a
 * detector. With a gold file it prints, per category, how many rows a detector finding overlaps (found) and how many of
 * those have the row's category (named), and every missed or misnamed row; on the files the gold file does not name
 * (all files without one) it prints the detectors' MINOR-or-worse findings per 1,000 words, and with {@code -v} each of
 * them.
 *
 * <p>Arguments: folder [gold.tsv] [-v] [--language=de-AT]; the language sets the variant the detectors are told, the
 * lexicon is the tests' shared de-DE one, so Austrian words the de-AT dictionary knows count as unknown here. Run with
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.mtqa.bench.DetectorRun
 * -Dexec.args="folder gold.tsv"}.
 */
public final class DetectorRun {

    private DetectorRun() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path gold = Stream.of(args).skip(1).filter(a -> !a.startsWith("-")).map(Path::of).findFirst().orElse(null);
        boolean verbose = List.of(args).contains("-v");
        String language = Stream.of(args).filter(a -> a.startsWith("--language=")).map(a -> a.substring(11))
                .findFirst().orElse("de-DE");
        List<ArtefactDetector> detectors = AllDetectors.create();
        List<GoldRow> rows = gold == null ? List.of() : GoldRow.read(gold);
        Set<String> goldFiles = rows.stream().map(GoldRow::file).collect(Collectors.toSet());
        Map<String, List<Finding>> findingsByFile = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String file = folder.relativize(path).toString();
                if (!(ArticleReader.read(folder, file, null) instanceof org.mtqa.article.Article article)) {
                    continue;
                }
                AnalysedText text = AnalysedText.of(article.text(), language);
                List<Finding> found = new ArrayList<>();
                detectors.forEach(d -> found.addAll(d.detect(text)));
                findingsByFile.put(file, found);
                texts.put(file, article.text());
            }
        }
        if (!rows.isEmpty()) {
            printGold(rows, findingsByFile, texts);
        }
        printAlarms(findingsByFile, texts, goldFiles, verbose);
    }

    private static void printGold(List<GoldRow> rows, Map<String, List<Finding>> findings, Map<String, String> texts) {
        Map<Category, int[]> tally = new EnumMap<>(Category.class);
        List<String> misses = new ArrayList<>();
        for (GoldRow row : rows) {
            String text = texts.get(row.file());
            int start = text == null ? -1 : row.startIn(text);
            if (start < 0) {
                misses.add("bad gold row: " + row);
                continue;
            }
            int end = start + row.surface().length();
            List<Finding> overlapping = findings.get(row.file()).stream()
                    .filter(f -> f.start() < end && start < f.end()).toList();
            boolean named = overlapping.stream().anyMatch(f -> f.category() == row.category());
            int[] t = tally.computeIfAbsent(row.category(), c -> new int[3]);
            t[0]++;
            t[1] += overlapping.isEmpty() ? 0 : 1;
            t[2] += named ? 1 : 0;
            if (!named) {
                misses.add(String.format("%s %s %s \"%s\"", overlapping.isEmpty() ? "missed" : "misnamed as "
                        + overlapping.get(0).category(), row.file(), row.category(), row.surface()));
            }
        }
        int[] all = new int[3];
        System.out.printf("%-20s %5s %6s %6s%n", "category", "gold", "found", "named");
        tally.forEach((c, t) -> {
            System.out.printf("%-20s %5d %6d %6d%n", c, t[0], t[1], t[2]);
            for (int i = 0; i < 3; i++) {
                all[i] += t[i];
            }
        });
        System.out.printf(Locale.ROOT, "%-20s %5d %6d %6d   found %.1f%%, named %.1f%%%n", "all", all[0], all[1],
                all[2], 100.0 * all[1] / Math.max(1, all[0]), 100.0 * all[2] / Math.max(1, all[0]));
        misses.forEach(System.out::println);
    }

    private static void printAlarms(Map<String, List<Finding>> findings, Map<String, String> texts,
            Set<String> goldFiles, boolean verbose) {
        long words = 0;
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (var entry : findings.entrySet()) {
            if (goldFiles.contains(entry.getKey())) {
                continue;
            }
            String text = texts.get(entry.getKey());
            words += AnalysedText.of(text).words().size();
            for (Finding f : entry.getValue()) {
                if (f.severity().isAtLeast(Severity.MINOR)) {
                    byCategory.merge(f.category(), 1, Integer::sum);
                    if (verbose) {
                        String context = text.substring(Math.max(0, f.start() - 30), Math.min(text.length(), f.end() + 30));
                        System.out.printf("alarm %s %s [%s] in: %s%n", entry.getKey(), f.category(),
                                text.substring(f.start(), f.end()), context.replace('\n', ' '));
                    }
                }
            }
        }
        int total = byCategory.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "controls: %d words, detector alarms (MINOR+) %d = %.2f per 1,000 words %s%n",
                words, total, words == 0 ? 0.0 : 1000.0 * total / words, byCategory);
    }
}
