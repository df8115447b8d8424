package org.dancu.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws items in proportion to their weights, in the order they were added (so draws are reproducible). */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private double[] cumulative = new double[8];
    private double total;

    Weighted<T> add(T item, double weight) {
        if (weight <= 0) {
            return this;
        }
        if (items.size() == cumulative.length) {
            cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
        }
        total += weight;
        cumulative[items.size()] = total;
        items.add(item);
        return this;
    }

    /** Draws from {@code other} with probability {@code otherShare}, otherwise from {@code own}. */
    static <T> Weighted<T> mix(Weighted<T> own, Weighted<T> other, double otherShare) {
        Weighted<T> mixed = new Weighted<>();
        for (int i = 0; i < own.items.size(); i++) {
            mixed.add(own.items.get(i), own.weight(i) / own.total * (1 - otherShare));
        }
        for (int i = 0; i < other.items.size(); i++) {
            mixed.add(other.items.get(i), other.weight(i) / other.total * otherShare);
        }
        return mixed;
    }

    private double weight(int index) {
        return cumulative[index] - (index == 0 ? 0 : cumulative[index - 1]);
    }

    T pick(SplittableRandom random) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nothing to draw from");
        }
        double target = random.nextDouble() * total;
        int index = Arrays.binarySearch(cumulative, 0, items.size(), target);
        index = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
