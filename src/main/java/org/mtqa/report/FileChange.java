package org.mtqa.report;

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
}
