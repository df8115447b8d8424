package org.dancu.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How common each name form is among the reference records: each record's counts, and per name
 * level the average share a random pair agreeing at that level has (Σ share²/Σ share = Σ share²),
 * against which a value's own share is weighed.
 */
public final class TermShares implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

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
            p.countTerms(p.ascii.isEmpty() ? 0 : names.get(p.ascii),
                    p.familyGiven.isEmpty() ? 0 : familyGiven.get(p.familyGiven), p.given.isEmpty() ? 0 : given.get(p.given));
        }
        return of(records.length, average(names, records.length), average(familyGiven, records.length),
                average(given, records.length));
    }

    /**
     * From the average shares counted elsewhere (the Spark runner): for each of {@link Prepared#termForms()},
     * Σ share² over its distinct non-empty values, the share being the value's count over {@code size}.
     */
    public static TermShares of(int size, double name, double familyGivenName, double givenName) {
        double[] averages = new double[Comparison.NAME.levels().size()];
        averages[0] = name;
        averages[1] = name;
        averages[2] = name;
        averages[3] = familyGivenName;
        averages[6] = givenName;
        for (int l = 0; l < averages.length; l++) {
            averages[l] = averages[l] == 0 ? 0 : LinkageModel.log2(averages[l]);
        }
        return new TermShares(size, averages);
    }

    private static double average(Map<String, Integer> counts, int size) {
        Map<Integer, Long> values = new HashMap<>();
        counts.forEach((value, count) -> {
            if (!value.isEmpty()) {
                values.merge(count, 1L, Long::sum);
            }
        });
        return averageShare(values, size);
    }

    /**
     * Σ share² over the distinct non-empty values of a name form, from how many values occur each
     * number of times ({@code count → values}); summed in the order of the counts, so that the
     * result does not depend on where or in which order the values were counted.
     */
    public static double averageShare(Map<Integer, Long> valuesByCount, int size) {
        double sum = 0;
        for (int count : new TreeMap<>(valuesByCount).keySet()) {
            double share = (double) count / size;
            sum += valuesByCount.get(count) * share * share;
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
