package org.dancu.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * How common each name form is among the reference records: each record's counts, and per name
 * level the average share a random pair agreeing at that level has (Σ share²/Σ share = Σ share²),
 * against which a value's own share is weighed.
 */
final class TermShares {

    static final TermShares NONE = new TermShares(0, new double[Comparison.NAME.levels().size()]);

    private final int size;
    private final double[] log2Average;

    private TermShares(int size, double[] log2Average) {
        this.size = size;
        this.log2Average = log2Average;
    }

    /** Counts the reference records' name forms, stores each record's counts on it, and the averages. */
    static TermShares count(Prepared[] records) {
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> familyGiven = new HashMap<>();
        Map<String, Integer> given = new HashMap<>();
        for (Prepared p : records) {
            names.merge(p.ascii, 1, Integer::sum);
            familyGiven.merge(p.familyGiven, 1, Integer::sum);
            given.merge(p.given, 1, Integer::sum);
        }
        for (Prepared p : records) {
            p.nameCount = p.ascii.isEmpty() ? 0 : names.get(p.ascii);
            p.familyGivenCount = p.familyGiven.isEmpty() ? 0 : familyGiven.get(p.familyGiven);
            p.givenCount = p.given.isEmpty() ? 0 : given.get(p.given);
        }
        double[] averages = new double[Comparison.NAME.levels().size()];
        double name = average(names, records.length);
        averages[0] = name;
        averages[1] = name;
        averages[2] = name;
        averages[3] = average(familyGiven, records.length);
        averages[6] = average(given, records.length);
        for (int l = 0; l < averages.length; l++) {
            averages[l] = averages[l] == 0 ? 0 : LinkageModel.log2(averages[l]);
        }
        return new TermShares(records.length, averages);
    }

    private static double average(Map<String, Integer> counts, int size) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().isEmpty()) {
                double share = (double) e.getValue() / size;
                sum += share * share;
            }
        }
        return sum;
    }

    int size() {
        return size;
    }

    double log2Average(int nameLevel) {
        return log2Average[nameLevel];
    }
}
