package org.dancu.linkage;

import static org.dancu.linkage.Comparison.MISSING;

/**
 * Expectation–maximisation of m and the prior over candidate pairs, given as comparison patterns
 * (each distinct vector of levels with its count), u held at its estimate from random pairs.
 * Comparisons the pairs were blocked on agree by construction and tell nothing there: they are
 * left out ({@code active} false) and keep their starting m. Missing values take no part in a
 * comparison's estimate.
 */
final class Em {

    static final int BITS = 4;
    /**
     * No level is impossible for a true match: a level EM saw no match at would otherwise weigh
     * 20 bits against, enough to overrule an exact ID.
     */
    static final double M_FLOOR = 1e-4;

    record Result(double[][] m, double prior, int iterations, boolean converged) {
    }

    private Em() {
    }

    static long encode(byte[] levels) {
        long pattern = 0;
        for (int k = 0; k < levels.length; k++) {
            pattern |= (long) (levels[k] + 1) << (BITS * k);
        }
        return pattern;
    }

    static int level(long pattern, int comparison) {
        return (int) (pattern >>> (BITS * comparison) & 0xF) - 1;
    }

    static Result run(long[] patterns, long[] counts, double[][] u, double[][] mStart, double priorStart,
                      boolean[] active, int maxIterations, double tolerance) {
        return run(patterns, counts, u, mStart, priorStart, active, active, maxIterations, tolerance);
    }

    /**
     * As {@link #run(long[], long[], double[][], double[][], double, boolean[], int, double)}, with the
     * m of active comparisons that are not {@code estimated} held at their starting values: they
     * weigh in the expectation only.
     */
    static Result run(long[] patterns, long[] counts, double[][] u, double[][] mStart, double priorStart,
                      boolean[] active, boolean[] estimated, int maxIterations, double tolerance) {
        int comparisons = u.length;
        double[][] m = new double[comparisons][];
        for (int k = 0; k < comparisons; k++) {
            m[k] = mStart[k].clone();
        }
        double prior = priorStart;
        int[][] levels = new int[patterns.length][comparisons];
        for (int p = 0; p < patterns.length; p++) {
            for (int k = 0; k < comparisons; k++) {
                levels[p][k] = active[k] ? level(patterns[p], k) : MISSING;
            }
        }
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double[][] agree = new double[comparisons][];
            double[] present = new double[comparisons];
            for (int k = 0; k < comparisons; k++) {
                agree[k] = new double[m[k].length];
            }
            double matches = 0;
            double total = 0;
            for (int p = 0; p < patterns.length; p++) {
                double logRatio = 0;
                for (int k = 0; k < comparisons; k++) {
                    int l = levels[p][k];
                    if (l != MISSING) {
                        logRatio += Math.log(Math.max(m[k][l], LinkageModel.FLOOR) / Math.max(u[k][l], LinkageModel.FLOOR));
                    }
                }
                double odds = prior / (1 - prior) * Math.exp(Math.max(-700, Math.min(logRatio, 700)));
                double weight = odds / (1 + odds) * counts[p];
                matches += weight;
                total += counts[p];
                for (int k = 0; k < comparisons; k++) {
                    int l = levels[p][k];
                    if (l != MISSING) {
                        agree[k][l] += weight;
                        present[k] += weight;
                    }
                }
            }
            double change = 0;
            for (int k = 0; k < comparisons; k++) {
                if (present[k] == 0 || !estimated[k]) {
                    continue;
                }
                for (int l = 0; l < m[k].length; l++) {
                    double next = Math.max(M_FLOOR, (agree[k][l] + 1e-3) / (present[k] + 1e-3 * m[k].length));
                    change = Math.max(change, Math.abs(next - m[k][l]));
                    m[k][l] = next;
                }
            }
            double nextPrior = Math.min(1 - 1e-9, Math.max(1e-9, matches / total));
            change = Math.max(change, Math.abs(nextPrior - prior));
            prior = nextPrior;
            if (change < tolerance) {
                return new Result(m, prior, iteration, true);
            }
        }
        return new Result(m, prior, maxIterations, false);
    }
}
