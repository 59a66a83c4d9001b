package org.mtqa.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What changed in a file's report since its previous check: nothing (the file was unchanged and not checked again),
 * or the score delta and the findings (MINOR or worse) that are new or fixed. A first check has nothing to compare.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileChange(
        boolean unchanged,
        boolean firstCheck,
        Double previousScore,
        Double scoreDelta,
        Integer newFindings,
        Integer fixedFindings) {

    public static final FileChange UNCHANGED = new FileChange(true, false, null, null, null, null);
    public static final FileChange FIRST_CHECK = new FileChange(false, true, null, null, null, null);

    /** A finding as two checks of a file are compared: by rule and text, since offsets move when text is edited. */
    public record FindingKey(String rule, String text) {
    }

    /**
     * Compares a file's check with its previous one. Findings are matched by key, each occurrence once: a key found
     * twice before and three times now is one new finding.
     *
     * @param previousScore    the previous check's score, 0 to 100
     * @param previousFindings the previous check's findings that count, MINOR or worse (the caller leaves INFO out)
     * @param score            this check's score, 0 to 100
     * @param findings         this check's findings that count, as for {@code previousFindings}
     * @return the previous score, the score delta rounded to 0.1, and the numbers of new and of fixed findings
     */
    public static FileChange between(double previousScore, Collection<FindingKey> previousFindings, double score,
            Collection<FindingKey> findings) {
        Map<FindingKey, Integer> before = occurrences(previousFindings);
        Map<FindingKey, Integer> now = occurrences(findings);
        return new FileChange(false, false, previousScore, Math.round((score - previousScore) * 10) / 10.0,
                surplus(now, before), surplus(before, now));
    }

    private static Map<FindingKey, Integer> occurrences(Collection<FindingKey> findings) {
        Map<FindingKey, Integer> counts = new HashMap<>();
        findings.forEach(key -> counts.merge(key, 1, Integer::sum));
        return counts;
    }

    /** How many occurrences {@code of} has beyond those in {@code over}. */
    private static int surplus(Map<FindingKey, Integer> of, Map<FindingKey, Integer> over) {
        return of.entrySet().stream().mapToInt(e -> Math.max(0, e.getValue() - over.getOrDefault(e.getKey(), 0))).sum();
    }
}
