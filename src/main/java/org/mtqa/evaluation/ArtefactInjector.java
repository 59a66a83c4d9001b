package org.mtqa.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.mtqa.finding.Category;
import org.mtqa.text.Spans;

/**
 * Injects artefacts of every kind mtqa's detectors look for into clean German text and says where they are, for
 * gold-labelled evaluation. Each artefact category has several recipes (see {@link #recipes()}), which work on the
 * text's own words, sentences, quotes and numbers, or add lines and tokens at varied places. How many artefacts a text
 * gets varies from text to text: one or two, one per 60 to 150 words, one per 20 to 50 words, or many of one category
 * only. Categories and recipes that were injected less often so far are chosen first, so that kinds that need
 * something rare (a quote, a time of day) are injected wherever a text has it. Everything random comes from the
 * caller's {@link Random}: the same seed and counts give the same output.
 */
public final class ArtefactInjector {

    /** An injected artefact: its category, the recipe that made it, and the {@code occurrence}-th {@code surface}. */
    public record Artefact(Category category, String recipe, String surface, int start, int occurrence) {
    }

    /** The text with its artefacts, in text order. */
    public record Result(String text, List<Artefact> artefacts) {
    }

    private static final List<Category> CATEGORIES = Arrays.stream(Category.values()).filter(Category::isArtefact)
            .toList();

    private final List<Recipe> recipes;
    private final Map<Category, List<Recipe>> byCategory = new EnumMap<>(Category.class);

    /** @param headlines first sentences of other articles, for navigation and teaser lines; not empty */
    public ArtefactInjector(List<String> headlines) {
        this.recipes = Stream.of(TokenRecipes.recipes(), CharacterRecipes.recipes(), FormatRecipes.recipes(),
                RepetitionRecipes.recipes(), new InsertionRecipes(PhraseBank.load(), headlines).recipes())
                .flatMap(List::stream).toList();
        recipes.forEach(r -> byCategory.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
        for (Category category : CATEGORIES) {
            if (!byCategory.containsKey(category)) {
                throw new IllegalStateException("no recipe injects " + category);
            }
        }
    }

    /** Every recipe, for tests and reports. */
    List<Recipe> recipes() {
        return recipes;
    }

    /** The artefact categories, each of which has recipes. */
    public static List<Category> categories() {
        return CATEGORIES;
    }

    /** {@link #inject(String, Random, Map)} with no artefacts injected so far. */
    public Result inject(String text, Random random) {
        return inject(text, random, Map.of());
    }

    /**
     * The text with artefacts injected at a density drawn at random; at least one unless the text has no place.
     *
     * @param injectedSoFar artefacts injected so far by recipe name, e.g. into the corpus's earlier files; recipes and
     *                      categories with fewer are preferred
     */
    public Result inject(String text, Random random, Map<String, Integer> injectedSoFar) {
        Map<String, Integer> counts = new HashMap<>(injectedSoFar);
        InjectedText injected = new InjectedText(text);
        int words = Spans.words(text).size();
        double profile = random.nextDouble();
        Category only = null;
        int count;
        if (profile < 0.2) {
            count = Draw.between(random, 1, 2);
        } else if (profile < 0.65) {
            count = clamp(words / Draw.between(random, 60, 150), 2, 15);
        } else if (profile < 0.85) {
            count = clamp(words / Draw.between(random, 20, 50), 6, 60);
        } else {
            only = Draw.weightedOrder(CATEGORIES, c -> weight(c, counts), random).get(0);
            count = clamp(words / Draw.between(random, 40, 100), 3, 25);
        }
        Set<Category> exhausted = EnumSet.noneOf(Category.class);
        for (int i = 0; i < count; i++) {
            place(injected, random, only, counts, exhausted);
        }
        if (injected.artefacts().isEmpty()) {
            place(injected, random, null, counts, exhausted);
        }
        return result(injected);
    }

    /** The text with one artefact of the given recipe, if the text has a place for it. */
    Result inject(String text, Recipe recipe, Random random) {
        InjectedText injected = new InjectedText(text);
        recipe.applyTo(injected, random);
        return result(injected);
    }

    /**
     * Injects one artefact: of a category chosen at random, the less injected the likelier, by its recipes in a random
     * order, the less used the likelier first. A category none of whose recipes finds a place is exhausted for this
     * text, and the next is tried.
     */
    private void place(InjectedText text, Random random, Category only, Map<String, Integer> counts,
            Set<Category> exhausted) {
        List<Category> open = (only != null ? List.of(only) : CATEGORIES).stream()
                .filter(c -> !exhausted.contains(c)).toList();
        for (Category category : Draw.weightedOrder(open, c -> weight(c, counts), random)) {
            for (Recipe recipe : Draw.weightedOrder(byCategory.get(category),
                    r -> 1.0 / (1 + counts.getOrDefault(r.name(), 0)), random)) {
                if (recipe.applyTo(text, random)) {
                    counts.merge(recipe.name(), 1, Integer::sum);
                    return;
                }
            }
            exhausted.add(category);
        }
    }

    /** A category's weight: the fewer artefacts of it so far, the heavier, by the square, so rare kinds catch up. */
    private double weight(Category category, Map<String, Integer> counts) {
        int injected = byCategory.get(category).stream().mapToInt(r -> counts.getOrDefault(r.name(), 0)).sum();
        return 1.0 / ((1.0 + injected) * (1.0 + injected));
    }

    private static Result result(InjectedText injected) {
        String text = injected.text();
        List<Artefact> artefacts = new ArrayList<>();
        for (InjectedText.Mark mark : injected.artefacts()) {
            String surface = text.substring(mark.start(), mark.end());
            if (surface.isEmpty() || surface.matches("(?s).*[\\t\\n\\r].*") || Character.isWhitespace(surface.charAt(0))
                    || Character.isWhitespace(surface.charAt(surface.length() - 1))) {
                throw new IllegalStateException("recipe " + mark.recipe()
                        + " marked a surface a gold row cannot hold: '" + surface + "'");
            }
            artefacts.add(new Artefact(mark.category(), mark.recipe(), surface, mark.start(),
                    occurrence(text, surface, mark.start())));
        }
        return new Result(text, artefacts);
    }

    /** Which occurrence of {@code surface} starts at {@code start}, counted as {@link GoldRow#startIn} counts. */
    static int occurrence(String text, String surface, int start) {
        int occurrence = 0;
        for (int at = text.indexOf(surface); at >= 0 && at <= start; at = text.indexOf(surface, at + 1)) {
            occurrence++;
        }
        return occurrence;
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
