package org.mtqa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.mtqa.text.Spans;

/**
 * The benchmark's baseline: LanguageTool alone, without Spring or mtqa, checking every file of a folder with one
 * JLanguageTool per thread and the Language shared, as mtqa does. Run by {@code bench/benchmark.sh} in a JVM of its
 * own, so that LanguageTool's loading counts, as it does for a batch run.
 *
 * <p>Arguments: corpus folder, language (de-DE, de-AT, de-CH), threads. Prints one line of figures.
 */
public final class LanguageToolAlone {

    private LanguageToolAlone() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Language language = Languages.getLanguageForShortCode(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> paths = Files.walk(corpus)) {
            files = paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long started = System.nanoTime();
        ThreadLocal<JLanguageTool> tools = ThreadLocal.withInitial(() -> new JLanguageTool(language));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> words = files.stream().map(file -> pool.submit(() -> check(tools.get(), file))).toList();
        long total = 0;
        for (Future<Long> w : words) {
            total += w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "languagetool-alone files=%d words=%d threads=%d seconds=%.1f words_per_s=%.0f%n",
                files.size(), total, threads, seconds, total / seconds);
    }

    private static long check(JLanguageTool tool, Path file) throws IOException {
        String text = Files.readString(file);
        tool.check(text);
        return Spans.words(text).size();
    }
}
