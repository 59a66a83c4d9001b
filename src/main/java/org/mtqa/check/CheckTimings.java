package org.mtqa.check;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Elapsed time per checker on the worker threads, summed over threads, so the cost of the detectors can be compared. */
public class CheckTimings {

    public static final String LANGUAGETOOL = "LanguageTool";

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    void add(String checker, long elapsedNanos) {
        nanos.computeIfAbsent(checker, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Seconds by checker name, sorted by name. */
    public Map<String, Double> seconds() {
        Map<String, Double> seconds = new TreeMap<>();
        nanos.forEach((checker, sum) -> seconds.put(checker, sum.sum() / 1e9));
        return seconds;
    }

    public double languageToolSeconds() {
        return seconds().getOrDefault(LANGUAGETOOL, 0.0);
    }

    public double detectorSeconds() {
        return seconds().entrySet().stream().filter(e -> !e.getKey().equals(LANGUAGETOOL))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
