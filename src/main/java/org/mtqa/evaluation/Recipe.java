package org.mtqa.evaluation;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.mtqa.finding.Category;

/**
 * One way to inject an artefact of a category, named {@code category-kind.variant} (e.g. {@code fused.word-number}):
 * from the current text and the random source it proposes edits at a fitting place chosen at random, or none when the
 * text has no such place.
 */
record Recipe(String name, Category category, BiFunction<InjectedText, Random, List<Edit>> edits) {

    /** @return true when the recipe found a place and its edits were applied */
    boolean applyTo(InjectedText text, Random random) {
        List<Edit> proposed = edits.apply(text, random);
        return !proposed.isEmpty() && text.apply(category, name, proposed);
    }
}
