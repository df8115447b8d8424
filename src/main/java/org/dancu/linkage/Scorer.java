package org.dancu.linkage;

import static org.dancu.linkage.Comparison.MISSING;

import java.util.ArrayList;
import java.util.List;

/**
 * Match weights of pairs under a model, with the term-frequency adjustment for names: when names
 * agree, the level's weight is corrected by log2(average share / this value's share), the shares
 * taken over the reference records, so agreeing on a rare name weighs more than agreeing on
 * "Lò Thị Hương", and a name of average frequency keeps the level's weight.
 */
final class Scorer {

    private static final int NAME = Comparison.NAME.ordinal();
    private static final int NAME_EXACT = 0;
    private static final int NAME_ASCII = 1;
    private static final int NAME_REORDERED = 2;
    private static final int NAME_NO_MIDDLE = 3;
    private static final int NAME_GIVEN_ONLY = 6;

    private final LinkageModel model;
    private final double[][] weights;
    private final double priorWeight;
    private final double referenceSize;
    private final TermShares shares;

    /** @param shares the reference records' name frequencies; {@link TermShares#NONE} for no adjustment */
    Scorer(LinkageModel model, TermShares shares) {
        this.model = model;
        this.shares = shares;
        this.referenceSize = shares.size();
        this.priorWeight = model.priorWeight();
        Comparison[] all = Comparison.values();
        weights = new double[all.length][];
        for (Comparison c : all) {
            weights[c.ordinal()] = new double[c.levels().size()];
            for (int l = 0; l < c.levels().size(); l++) {
                weights[c.ordinal()][l] = model.weight(c, l);
            }
        }
    }

    LinkageModel model() {
        return model;
    }

    double score(byte[] levels, Prepared reference) {
        return score(levels, nameCount(levels, reference));
    }

    /** The weight of a pair given its levels and how many reference records carry its agreeing name form. */
    double score(byte[] levels, int nameCount) {
        double total = priorWeight;
        for (int k = 0; k < levels.length; k++) {
            int level = levels[k];
            if (level != MISSING) {
                total += weight(k, level, nameCount);
            }
        }
        return total;
    }

    /** How many reference records carry the name form the pair agrees on (0: none, or no adjustment). */
    int nameCount(byte[] levels, Prepared reference) {
        return levels[NAME] == MISSING ? 0 : termCount(levels[NAME], reference);
    }

    private double weight(int comparison, int level, int nameCount) {
        if (comparison == NAME && nameCount > 0) {
            return weights[comparison][level] + shares.log2Average(level) - LinkageModel.log2(nameCount / referenceSize);
        }
        return weights[comparison][level];
    }

    private int termCount(int level, Prepared reference) {
        if (referenceSize == 0) {
            return 0;
        }
        switch (level) {
            case NAME_EXACT:
            case NAME_ASCII:
            case NAME_REORDERED:
                return reference.nameCount;
            case NAME_NO_MIDDLE:
                return reference.familyGivenCount;
            case NAME_GIVEN_ONLY:
                return reference.givenCount;
            default:
                return 0;
        }
    }

    Explanation explain(byte[] levels, Prepared reference) {
        List<Contribution> contributions = new ArrayList<>(levels.length);
        double total = priorWeight;
        int nameCount = nameCount(levels, reference);
        for (Comparison c : Comparison.values()) {
            int level = levels[c.ordinal()];
            double weight = level == MISSING ? 0 : weight(c.ordinal(), level, nameCount);
            boolean adjusted = level != MISSING && c.ordinal() == NAME && nameCount > 0;
            contributions.add(new Contribution(c.key(), c.level(level), weight, adjusted));
            total += weight;
        }
        return new Explanation(priorWeight, contributions, total, probability(total));
    }

    static double probability(double weight) {
        double odds = Math.pow(2, weight);
        return Double.isInfinite(odds) ? 1 : odds / (1 + odds);
    }

    Decision decide(double best, double runnerUp) {
        LinkageModel.Thresholds t = model.thresholds();
        double p = probability(best);
        if (p >= t.match()) {
            boolean ambiguous = probability(runnerUp) >= t.match() && best - runnerUp < t.ambiguity();
            return ambiguous ? Decision.REVIEW : Decision.MATCH;
        }
        return p >= t.review() ? Decision.REVIEW : Decision.NONMATCH;
    }
}
