package org.mtqa.job;

import java.io.Console;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of the files a run checks, counted in words, so that a long file shows movement too: logged at a steady
 * pace (share done, files, words checked, words per second, time left) and, when a person watches a terminal, drawn as
 * a bar that redraws itself as files and the pieces of long files are checked.
 */
public class RunProgress {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final int BAR_WIDTH = 30;

    private final Duration interval;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private int total;
    private int done;
    /** Words of the files done. */
    private long words;
    /** Files being checked, by name: their words checked so far and their words. */
    private final Map<String, int[]> checking = new HashMap<>();
    private long startedNanos;
    private long lastLogNanos;

    public RunProgress(Duration interval) {
        this(interval, isInteractive(), System::nanoTime);
    }

    RunProgress(Duration interval, boolean terminal, LongSupplier nanoClock) {
        this.interval = interval;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
    }

    private static boolean isInteractive() {
        Console console = System.console();
        return console != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    public synchronized void start(int filesToCheck) {
        total = filesToCheck;
        done = 0;
        words = 0;
        checking.clear();
        startedNanos = nanoClock.getAsLong();
        lastLogNanos = startedNanos;
    }

    /** A file being checked has {@code wordsChecked} of its {@code fileWords} words checked. */
    public synchronized void wordsChecked(String file, int wordsChecked, int fileWords) {
        checking.put(file, new int[] {wordsChecked, fileWords});
        report(false);
    }

    /** A file is done, checked or not, with the words it counts in its report. */
    public synchronized void fileDone(String file, int fileWords) {
        checking.remove(file);
        done++;
        words += fileWords;
        report(true);
    }

    private void report(boolean fileDone) {
        long now = nanoClock.getAsLong();
        if (terminal) {
            System.err.print("\r" + bar(now) + (fileDone && done == total ? System.lineSeparator() : ""));
            System.err.flush();
        }
        if (now - lastLogNanos >= interval.toNanos() && done < total) {
            lastLogNanos = now;
            log.info("mtqa: {}", status(now));
        }
    }

    /** For example "38.2% checked: 3 of 10 files, 121,000 words, 655 words/s, about 5 min 49 s left". */
    String status(long now) {
        double seconds = Math.max(1e-9, (now - startedNanos) / 1e9);
        double filesDone = done + checking.values().stream()
                .mapToDouble(file -> file[1] == 0 ? 0 : (double) file[0] / file[1]).sum();
        long wordsChecked = words + checking.values().stream().mapToLong(file -> file[0]).sum();
        double share = total == 0 ? 1 : filesDone / total;
        String left = share == 0 ? "time left not known yet"
                : "about " + readable(Duration.ofSeconds(Math.round(seconds * (1 - share) / share))) + " left";
        return String.format(Locale.ROOT, "%.1f%% checked: %d of %d files, %,d words, %.0f words/s, %s",
                100 * share, done, total, wordsChecked, wordsChecked / seconds, left);
    }

    private String bar(long now) {
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status(now);
    }

    private static String readable(Duration duration) {
        return duration.toHours() > 0 ? String.format(Locale.ROOT, "%d h %02d min", duration.toHours(),
                duration.toMinutesPart())
                : duration.toMinutes() > 0 ? String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(),
                        duration.toSecondsPart())
                        : duration.toSeconds() + " s";
    }
}
