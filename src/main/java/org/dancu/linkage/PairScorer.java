package org.dancu.linkage;

/**
 * The weight of one record–person pair under a model, for a runner that forms the pairs elsewhere
 * (the Spark runner): compared once ({@link #compare}), kept small, scored by any model
 * ({@link #weight}); {@link RegisterIndex} scores the same way. Keeps a scratch array: one per thread.
 */
public final class PairScorer {

    private final Scorer scorer;
    private final byte[] levels = new byte[Levels.COUNT];

    /** @param shares the reference side's name frequencies, the persons carrying their own counts */
    public PairScorer(LinkageModel model, TermShares shares) {
        this.scorer = new Scorer(model, shares);
    }

    /**
     * What scoring reads of a pair, small enough to keep for every pair: its comparison pattern (as
     * {@link PairCounts#stepPatterns()} counts them) and how many reference records carry the name
     * form it agrees on (for the term-frequency adjustment).
     */
    public record Compared(long pattern, int nameCount) {
    }

    public Compared compare(Prepared record, Prepared person) {
        Levels.compare(record, person, levels);
        return new Compared(Em.encode(levels), scorer.nameCount(levels, person));
    }

    /** The pair's match weight in bits: the same as scoring the two records themselves. */
    public double weight(Compared pair) {
        for (int k = 0; k < levels.length; k++) {
            levels[k] = (byte) Em.level(pair.pattern(), k);
        }
        return scorer.score(levels, pair.nameCount());
    }

    /** The decision on a record whose candidates were ranked. */
    public Decision decide(CandidateRanking ranking) {
        return ranking.decide(scorer);
    }
}
