package org.dancu.linkage;

/**
 * The weight of one record–person pair under a model, for a runner that forms the pairs elsewhere
 * (the Spark runner); {@link RegisterIndex} scores the same way. Keeps a scratch array: one per
 * thread.
 */
public final class PairScorer {

    private final Scorer scorer;
    private final byte[] levels = new byte[Levels.COUNT];

    /** @param shares the reference side's name frequencies, the persons carrying their own counts */
    public PairScorer(LinkageModel model, TermShares shares) {
        this.scorer = new Scorer(model, shares);
    }

    /** The pair's match weight in bits, the person being of the reference side. */
    public double weight(Prepared record, Prepared person) {
        Levels.compare(record, person, levels);
        return scorer.score(levels, person);
    }

    /** The decision on a record whose candidates were ranked. */
    public Decision decide(CandidateRanking ranking) {
        return ranking.decide(scorer);
    }
}
