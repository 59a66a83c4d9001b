package org.mtqa.score;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param passMinScore     a file passes at this score or above
 * @param rejectBelowScore a file is rejected below this score
 * @param minWords         the word count a score is computed on at least, so that one finding in a very short
 *                         text does not zero it
 */
public record Verdicts(
        @DefaultValue("85") double passMinScore,
        @DefaultValue("50") double rejectBelowScore,
        @DefaultValue("100") int minWords) {
}

