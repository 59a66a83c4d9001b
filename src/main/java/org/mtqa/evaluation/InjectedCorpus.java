package org.mtqa.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mtqa.article.Article;
import org.mtqa.article.ArticleReader;
import org.mtqa.article.InputFiles;
import org.mtqa.finding.Category;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans;

/**
 * Writes a gold-labelled corpus from a folder of clean articles: copies of some with artefacts injected by the
 * {@link ArtefactInjector}, untouched copies of others as controls, and beside them
 * <ul>
 * <li>{@code gold.tsv}: one {@link GoldRow} per injected artefact; control files have no rows;</li>
 * <li>{@code injections.tsv}: the same rows with the recipe that made each and its offset, invisible characters
 * escaped, for reading which kinds the detectors miss;</li>
 * <li>{@code files.tsv}: each file, its role (injected or control), words and artefacts.</li>
 * </ul>
 * Which files are taken and everything injected follow from the seed alone: each file's random source is seeded from
 * the seed and its name, and the injector is told what the files before it got, so the same seed and folder give the
 * same corpus.
 */
public final class InjectedCorpus {

    /** Files whose first sentences become headlines of navigation lines, at most. */
    private static final int HEADLINE_FILES = 200;

    /** What was written: the files, their words, and the artefacts by category and recipe. */
    public record Summary(Path folder, int injectedFiles, int controlFiles, long words,
            Map<Category, Map<String, Integer>> artefactsByRecipe) {

        public int artefacts() {
            return artefactsByRecipe.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue)
                    .sum();
        }

        /** The summary as the injection command prints it. */
        public String describe() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "mtqa injection into %s: %d files with %d artefacts, %d controls (files without gold rows), "
                            + "%d words; gold rows in %s%n", folder, injectedFiles, artefacts(), controlFiles, words,
                    folder.resolve("gold.tsv")));
            out.append(String.format(Locale.ROOT, "%-20s %9s  %s%n", "category", "artefacts", "by recipe"));
            artefactsByRecipe.forEach((category, recipes) -> out.append(String.format(Locale.ROOT, "%-20s %9d  %s%n",
                    category, recipes.values().stream().mapToInt(Integer::intValue).sum(),
                    recipes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")))));
            return out.toString();
        }
    }

    private InjectedCorpus() {
    }

    /**
     * @param from     folder of clean articles ({@code *.txt}, at any depth); not changed
     * @param to       folder to write to, created if needed; must hold no {@code .txt} file yet
     * @param files    how many articles get artefacts (fewer if the folder has fewer)
     * @param controls how many further articles are copied untouched
     * @param seed     the seed every random choice follows
     * @throws IllegalArgumentException when {@code from} is no folder or holds no article, or {@code to} already holds
     *                                  articles
     */
    public static Summary write(Path from, Path to, int files, int controls, long seed) {
        if (Files.isDirectory(to) && !InputFiles.list(to, "**/*.txt").isEmpty()) {
            throw new IllegalArgumentException(to + " already holds .txt files: give a new or empty folder");
        }
        List<String> all = new ArrayList<>(InputFiles.list(from, "**/*.txt"));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in " + from);
        }
        Collections.shuffle(all, Draw.seeded(seed));
        int injectedCount = Math.min(files, all.size());
        int controlCount = Math.min(controls, all.size() - injectedCount);
        List<String> rest = all.subList(injectedCount + controlCount, all.size());
        List<String> headlines = headlines(from, rest.isEmpty() ? all : rest);
        ArtefactInjector injector = new ArtefactInjector(headlines);

        List<String> gold = new ArrayList<>(List.of(
                "# Artefacts injected by mtqa's ArtefactInjector, seed " + seed + ", from " + from.toAbsolutePath()
                        + "; files without rows are untouched controls.",
                "# file\tcategory\tsurface\toccurrence\trequired"));
        List<String> injections = new ArrayList<>(List.of("file\tcategory\trecipe\toccurrence\tstart\tsurface"));
        List<String> roles = new ArrayList<>(List.of("file\trole\twords\tartefacts"));
        Map<Category, Map<String, Integer>> artefactsByRecipe = new EnumMap<>(Category.class);
        Map<String, Integer> byRecipe = new HashMap<>();
        int injectedFiles = 0;
        int controlFiles = 0;
        long words = 0;
        for (int i = 0; i < injectedCount + controlCount; i++) {
            String file = all.get(i);
            if (!(ArticleReader.read(from, file, null) instanceof Article article)) {
                continue;
            }
            boolean control = i >= injectedCount;
            ArtefactInjector.Result result = control ? new ArtefactInjector.Result(article.text(), List.of())
                    : injector.inject(article.text(), Draw.seeded(seed * 1_000_003L + file.hashCode()), byRecipe);
            if (!control && result.artefacts().isEmpty()) {
                continue;
            }
            write(to.resolve(file), result.text());
            int fileWords = Spans.words(result.text()).size();
            words += fileWords;
            roles.add(file + "\t" + (control ? "control" : "injected") + "\t" + fileWords + "\t"
                    + result.artefacts().size());
            for (ArtefactInjector.Artefact a : result.artefacts()) {
                gold.add(file + "\t" + a.category() + "\t" + a.surface() + "\t" + a.occurrence() + "\t1");
                injections.add(file + "\t" + a.category() + "\t" + a.recipe() + "\t" + a.occurrence() + "\t"
                        + a.start() + "\t" + escaped(a.surface()));
                artefactsByRecipe.computeIfAbsent(a.category(), c -> new TreeMap<>()).merge(a.recipe(), 1, Integer::sum);
                byRecipe.merge(a.recipe(), 1, Integer::sum);
            }
            if (control) {
                controlFiles++;
            } else {
                injectedFiles++;
            }
        }
        write(to.resolve("gold.tsv"), String.join("\n", gold) + "\n");
        write(to.resolve("injections.tsv"), String.join("\n", injections) + "\n");
        write(to.resolve("files.tsv"), String.join("\n", roles) + "\n");
        return new Summary(to, injectedFiles, controlFiles, words, artefactsByRecipe);
    }

    /** The first sentences of (at most {@value #HEADLINE_FILES} of) the files. */
    private static List<String> headlines(Path from, List<String> files) {
        return files.stream().limit(HEADLINE_FILES)
                .map(file -> ArticleReader.read(from, file, null))
                .filter(Article.class::isInstance)
                .flatMap(a -> Stream.of(Spans.lines(((Article) a).text()).get(0)).flatMap(l -> Sentences.split(l)
                        .stream().limit(1)))
                .map(Spans.Span::value)
                .toList();
    }

    /** Characters a reader cannot see or a TSV cannot hold, as \\uXXXX. */
    static String escaped(String surface) {
        StringBuilder out = new StringBuilder();
        for (char c : surface.toCharArray()) {
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || type == Character.CONTROL || c == '\u00A0' || c == '\u202F'
                    || c == '\\';
            out.append(invisible ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
