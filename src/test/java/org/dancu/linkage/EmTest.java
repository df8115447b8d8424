package org.dancu.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EmTest {

    @Test
    void recoversKnownParametersFromAConstructedDataset() {
        Comparison[] all = Comparison.values();
        double[][] m = LinkageModel.concentrated(0.7, 0.3, true);
        double[][] u = LinkageModel.concentrated(0.8, 0.2, false);
        m[Comparison.SEX.ordinal()] = new double[] {0.95, 0.05};
        u[Comparison.SEX.ordinal()] = new double[] {0.5, 0.5};
        double prior = 0.2;
        SplittableRandom random = new SplittableRandom(42);
        Map<Long, long[]> patterns = new HashMap<>();
        byte[] levels = new byte[all.length];
        for (int pair = 0; pair < 200_000; pair++) {
            double[][] source = random.nextDouble() < prior ? m : u;
            for (int k = 0; k < all.length; k++) {
                levels[k] = (byte) (random.nextDouble() < 0.1 ? Comparison.MISSING : draw(source[k], random));
            }
            patterns.computeIfAbsent(Em.encode(levels), key -> new long[1])[0]++;
        }
        long[] keys = patterns.keySet().stream().mapToLong(Long::longValue).toArray();
        long[] counts = Arrays.stream(keys).map(key -> patterns.get(key)[0]).toArray();
        boolean[] active = new boolean[all.length];
        Arrays.fill(active, true);

        Em.Result result = Em.run(keys, counts, u, LinkageModel.initial().mCopy(), 0.5, active, 500, 1e-8);

        assertThat(result.converged()).isTrue();
        assertThat(result.prior()).isCloseTo(prior, offset(0.01));
        for (int k = 0; k < all.length; k++) {
            for (int l = 0; l < m[k].length; l++) {
                assertThat(result.m()[k][l]).as(all[k].key() + " " + all[k].level(l)).isCloseTo(m[k][l], offset(0.02));
            }
        }
    }

    @Test
    void aComparisonLeftOutKeepsItsStartingValues() {
        long[] keys = {Em.encode(new byte[] {0, 0, 0, 0, 0, 0, 0}), Em.encode(new byte[] {3, 2, 7, 6, 1, 3, 3})};
        long[] counts = {100, 900};
        boolean[] active = new boolean[Levels.COUNT];
        Arrays.fill(active, true);
        active[Comparison.NAME.ordinal()] = false;
        double[][] start = LinkageModel.initial().mCopy();
        Em.Result result = Em.run(keys, counts, LinkageModel.initial().uCopy(), start, 0.5, active, 200, 1e-8);
        assertThat(result.m()[Comparison.NAME.ordinal()]).containsExactly(start[Comparison.NAME.ordinal()]);
        assertThat(result.m()[Comparison.ID.ordinal()][0]).isGreaterThan(0.9);
    }

    private static int draw(double[] probabilities, SplittableRandom random) {
        double x = random.nextDouble();
        for (int l = 0; l < probabilities.length - 1; l++) {
            x -= probabilities[l];
            if (x < 0) {
                return l;
            }
        }
        return probabilities.length - 1;
    }
}
