package org.mtqa.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Random choices of the injector; every one goes through the caller's seeded {@link Random}. */
final class Draw {

    private Draw() {
    }

    /**
     * A random source for a seed, the seed's bits mixed first: {@code new Random(seed)} gives nearly the same first
     * numbers for neighbouring seeds, so the first choices of consecutive seeds would hardly differ.
     */
    static Random seeded(long seed) {
        return new Random(new SplittableRandom(seed).nextLong());
    }

    /** One of the items, or empty when there are none. */
    static <T> Optional<T> any(List<T> items, Random random) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(random.nextInt(items.size())));
    }

    /** One of the items, which must not be empty. */
    static <T> T oneOf(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    static <T> T oneOf(Random random, T... items) {
        return items[random.nextInt(items.length)];
    }

    /** The items in a random order in which an item of twice the weight tends to come first twice as often. */
    static <T> List<T> weightedOrder(List<T> items, ToDoubleFunction<T> weight, Random random) {
        List<T> left = new ArrayList<>(items);
        List<T> order = new ArrayList<>();
        while (!left.isEmpty()) {
            double total = left.stream().mapToDouble(weight).sum();
            double at = random.nextDouble() * total;
            int i = 0;
            for (double sum = weight.applyAsDouble(left.get(0)); sum <= at && i + 1 < left.size(); ) {
                sum += weight.applyAsDouble(left.get(++i));
            }
            order.add(left.remove(i));
        }
        return order;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static boolean chance(Random random, double probability) {
        return random.nextDouble() < probability;
    }
}
