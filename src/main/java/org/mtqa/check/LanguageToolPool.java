package org.mtqa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JLanguageTool instances for the worker threads: one per thread, since JLanguageTool is not thread-safe, all sharing
 * one {@link Language}. Instances are made and warmed up on first demand, at most {@code size} of them.
 */
public class LanguageToolPool {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolPool.class);
    /** Most of LanguageTool's loading happens in the first check; doing it here keeps it out of a file's timing. */
    private static final String WARM_UP_TEXT = "Das ist ein kurzer Satz, der die Regeln lädt. Er prüft nichts.";

    private final Language language;
    private final List<String> disabledRules;
    private final int size;
    private final BlockingQueue<JLanguageTool> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger created = new AtomicInteger();

    public LanguageToolPool(Language language, List<String> disabledRules, int size) {
        this.language = language;
        this.disabledRules = List.copyOf(disabledRules);
        this.size = size;
    }

    /** Runs the action with an instance of its own, waiting for one if all are busy. */
    public <T> T withInstance(Function<JLanguageTool, T> action) {
        JLanguageTool tool = borrow();
        try {
            return action.apply(tool);
        } finally {
            idle.add(tool);
        }
    }

    private JLanguageTool borrow() {
        JLanguageTool tool = idle.poll();
        if (tool != null) {
            return tool;
        }
        if (created.getAndIncrement() < size) {
            return create();
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a LanguageTool instance", e);
        }
    }

    private JLanguageTool create() {
        long started = System.nanoTime();
        JLanguageTool tool = new JLanguageTool(language);
        tool.disableRules(disabledRules);
        try {
            tool.check(WARM_UP_TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed to load", e);
        }
        log.debug("LanguageTool {} ready in {} ms", language.getShortCodeWithCountryAndVariant(),
                (System.nanoTime() - started) / 1_000_000);
        return tool;
    }
}
