package org.dancu.linkage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What training reads, as counts, so that they can be gathered on many machines (the Spark runner)
 * and the model fitted on one: the random pairs' counts (for u), the comparison patterns
 * ({@link PairScorer#compare}) of the sampled records' candidate pairs of each EM step ({@link #stepRules()})
 * and of all blocking rules (for the prior), and how many pairs the sampled records could form with
 * the reference side. {@link RegisterIndex#train} gathers the same counts in memory.
 */
public record PairCounts(RandomPairs randomPairs, List<Map<Long, Long>> stepPatterns, Map<Long, Long> allPatterns,
                         long candidatePairs, double comparablePairs) {

    /**
     * Random pairs: per {@link Comparison} and level how many were at that level, how many were
     * drawn, and of the pairs born in the same year how many share the ID's first six digits.
     */
    public record RandomPairs(long[][] levels, long drawn, long sameYearPrefix, long sameYearPairs) {

        /**
         * Draws {@link TrainingOptions#randomPairs()} random pairs of records and persons as the engine
         * does, seeded; from uniform samples of both sides when they are too large for one machine.
         */
        public static RandomPairs draw(List<Prepared> records, List<Prepared> persons, TrainingOptions options) {
            return Trainer.randomPairs(records.toArray(Prepared[]::new), persons.toArray(Prepared[]::new), false,
                    options.randomPairs(), new SplittableRandom(options.seed()));
        }
    }

    /** The blocking rules of each EM step's pairs, in step order. */
    public static List<Set<BlockingRule>> stepRules() {
        return Trainer.stepRules();
    }

    /** The model these counts give, by the engine's EM (see {@link Trainer}). */
    public Training train(TrainingOptions options) {
        return Trainer.fit(this, options);
    }
}
