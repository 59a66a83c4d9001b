package org.mtqa.job;

import java.io.Console;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of the files a run checks, logged at a steady pace (files done and total, words per second, time left) and,
 * when a person watches a terminal, drawn as a bar that redraws itself after every file.
 */
public class RunProgress {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final int BAR_WIDTH = 30;

    private final Duration interval;
    private final boolean terminal;
    private int total;
    private int done;
    private long words;
    private long startedNanos;
    private long lastLogNanos;

    public RunProgress(Duration interval) {
        this(interval, isInteractive());
    }

    RunProgress(Duration interval, boolean terminal) {
        this.interval = interval;
        this.terminal = terminal;
    }

    private static boolean isInteractive() {
        Console console = System.console();
        return console != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    public synchronized void start(int filesToCheck) {
        total = filesToCheck;
        done = 0;
        words = 0;
        startedNanos = System.nanoTime();
        lastLogNanos = startedNanos;
    }

    public synchronized void fileDone(int fileWords) {
        done++;
        words += fileWords;
        long now = System.nanoTime();
        if (terminal) {
            System.err.print("\r" + bar() + (done == total ? System.lineSeparator() : ""));
            System.err.flush();
        }
        if (now - lastLogNanos >= interval.toNanos() && done < total) {
            lastLogNanos = now;
            log.info("mtqa: {}", status(now));
        }
    }

    String status(long now) {
        double seconds = Math.max(1e-9, (now - startedNanos) / 1e9);
        long secondsLeft = Math.round(seconds / done * (total - done));
        return String.format(Locale.ROOT, "%d of %d files checked (%.1f%%), %.0f words/s, about %s left", done, total,
                100.0 * done / total, words / seconds, readable(Duration.ofSeconds(secondsLeft)));
    }

    private String bar() {
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status(System.nanoTime());
    }

    private static String readable(Duration duration) {
        return duration.toHours() > 0 ? String.format(Locale.ROOT, "%d h %02d min", duration.toHours(),
                duration.toMinutesPart())
                : duration.toMinutes() > 0 ? String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(),
                        duration.toSecondsPart())
                        : duration.toSeconds() + " s";
    }
}
