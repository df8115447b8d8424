package org.dancu.linkage;

/**
 * A record's best candidate and runner-up as their weights come in, in any order: the best is the
 * highest weight, the earlier register position on a tie; the runner-up's weight is the highest of
 * the others. So the decision does not depend on the order the candidates were scored in.
 */
public final class CandidateRanking {

    private double best = Double.NEGATIVE_INFINITY;
    private double second = Double.NEGATIVE_INFINITY;
    private long bestAt = -1;
    private long secondAt = -1;
    private int candidates;

    public void offer(long position, double weight) {
        candidates++;
        if (weight > best || weight == best && position < bestAt) {
            second = best;
            secondAt = bestAt;
            best = weight;
            bestAt = position;
        } else if (weight > second) {
            second = weight;
            secondAt = position;
        }
    }

    /** How many candidates were offered. */
    public int candidates() {
        return candidates;
    }

    /** The best candidate's register position, -1 when none was offered. */
    public long best() {
        return bestAt;
    }

    /** The runner-up's register position, -1 when there is none. */
    public long runnerUp() {
        return secondAt;
    }

    public double bestProbability() {
        return Scorer.probability(best);
    }

    /** 0 when there is no runner-up. */
    public double runnerUpProbability() {
        return secondAt < 0 ? 0 : Scorer.probability(second);
    }

    Decision decide(Scorer scorer) {
        return scorer.decide(best, candidates > 1 ? second : Double.NEGATIVE_INFINITY);
    }
}
