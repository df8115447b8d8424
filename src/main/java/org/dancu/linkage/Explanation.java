package org.dancu.linkage;

import java.util.List;

/**
 * Why a pair scored what it did, as a waterfall: the prior's weight, then each comparison's
 * contribution; their sum is {@link #totalWeight()} and the probability is
 * 2^total / (1 + 2^total).
 */
public record Explanation(double priorWeight, List<Contribution> contributions, double totalWeight,
                          double probability) {

    public Explanation {
        contributions = List.copyOf(contributions);
    }

    /** Readable one-liner: "prior -9.1, id exact +19.2, name ascii +6.0 … = 21.3 (p 1.000000)". */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "prior %+.2f", priorWeight));
        for (Contribution c : contributions) {
            text.append(String.format(java.util.Locale.ROOT, ", %s %s %+.2f%s", c.comparison(), c.level(),
                    c.weight(), c.termFrequency() ? " (tf)" : ""));
        }
        return text.append(String.format(java.util.Locale.ROOT, " = %.2f (p %.6f)", totalWeight, probability))
                .toString();
    }
}
