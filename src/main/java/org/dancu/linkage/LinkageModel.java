package org.dancu.linkage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fellegi–Sunter parameters: for each comparison level the probability m of seeing it in a true
 * match and u in a random pair, the prior probability that a candidate pair is a match, and the
 * decision thresholds. Immutable; {@link #toJson()} writes the human-readable model file
 * ({@code --model MODEL.json}), in which the weights are shown for reading and recomputed on load.
 */
public final class LinkageModel {

    static final String FORMAT = "dancu-linkage-model/1";
    /** A level never seen still keeps a little probability, so no weight is infinite. */
    static final double FLOOR = 1e-7;
    /**
     * Compared since a later version of the engine: a model file saved before lacks them, and is read
     * with them weighing nothing (m = u), as it was trained without them.
     */
    private static final Set<Comparison> ADDED_LATER =
            EnumSet.of(Comparison.ETHNICITY, Comparison.FATHER_NAME, Comparison.MOTHER_NAME);

    private final double[][] m;
    private final double[][] u;
    private final double prior;
    private final Thresholds thresholds;
    private final double[][] weights;

    /**
     * @param match     probability from which a best candidate is linked automatically
     * @param review    probability from which it goes to review (below: non-match)
     * @param ambiguity weight margin, in bits: a best match whose runner-up also reaches {@code match}
     *                  and scores less than this below it goes to review instead
     */
    public record Thresholds(double match, double review, double ambiguity) {

        public Thresholds {
            if (!(review > 0 && review <= match && match < 1) || ambiguity < 0) {
                throw new IllegalArgumentException("thresholds need 0 < review <= match < 1 and ambiguity >= 0");
            }
        }

        public static Thresholds defaults() {
            return new Thresholds(0.99, 0.5, 4);
        }
    }

    LinkageModel(double[][] m, double[][] u, double prior, Thresholds thresholds) {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("the prior must be a probability strictly between 0 and 1");
        }
        this.m = copy(m);
        this.u = copy(u);
        this.prior = prior;
        this.thresholds = thresholds;
        this.weights = new double[m.length][];
        for (Comparison c : Comparison.values()) {
            int k = c.ordinal();
            if (m[k].length != c.levels().size() || u[k].length != c.levels().size()) {
                throw new IllegalArgumentException("comparison " + c.key() + " needs " + c.levels().size()
                        + " levels");
            }
            weights[k] = new double[m[k].length];
            for (int l = 0; l < m[k].length; l++) {
                weights[k][l] = log2(Math.max(m[k][l], FLOOR) / Math.max(u[k][l], FLOOR));
            }
        }
    }

    /**
     * Hand-set starting values: what EM starts from, and a usable model when there is nothing to
     * train on. m favours the strongest level; u is small for identifiers.
     */
    public static LinkageModel initial() {
        double[][] m = concentrated(0.9, 0.1, true);
        double[][] u = concentrated(0.9, 0.1, false);
        u[Comparison.ID.ordinal()] = new double[] {1e-6, 1e-5, 1e-3, 0.998989};
        u[Comparison.OLD_ID.ordinal()] = new double[] {1e-6, 1e-5, 0.999989};
        u[Comparison.SEX.ordinal()] = new double[] {0.5, 0.5};
        return new LinkageModel(m, u, 0.1, Thresholds.defaults());
    }

    /**
     * Probabilities per comparison and level that put {@code share} on each comparison's strongest
     * level (or its weakest) and spread {@code rest} (what the share leaves) evenly over its other levels.
     */
    static double[][] concentrated(double share, double rest, boolean onStrongest) {
        Comparison[] all = Comparison.values();
        double[][] probabilities = new double[all.length][];
        for (Comparison c : all) {
            int n = c.levels().size();
            int chosen = onStrongest ? 0 : n - 1;
            probabilities[c.ordinal()] = new double[n];
            for (int l = 0; l < n; l++) {
                probabilities[c.ordinal()][l] = l == chosen ? share : rest / (n - 1);
            }
        }
        return probabilities;
    }

    public double prior() {
        return prior;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public LinkageModel withThresholds(Thresholds thresholds) {
        return new LinkageModel(m, u, prior, thresholds);
    }

    public double m(Comparison comparison, int level) {
        return m[comparison.ordinal()][level];
    }

    public double u(Comparison comparison, int level) {
        return u[comparison.ordinal()][level];
    }

    /** log2(m/u) in bits, before any term-frequency adjustment. */
    public double weight(Comparison comparison, int level) {
        return weights[comparison.ordinal()][level];
    }

    public double priorWeight() {
        return log2(prior / (1 - prior));
    }

    double[][] mCopy() {
        return copy(m);
    }

    double[][] uCopy() {
        return copy(u);
    }

    /** The model file: comparisons with each level's m, u and weight; prior; thresholds. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"format\": ").append(Json.quote(FORMAT)).append(",\n");
        json.append("  \"prior\": ").append(number(prior)).append(",\n");
        json.append("  \"prior_weight\": ").append(number(priorWeight())).append(",\n");
        json.append("  \"thresholds\": {\"match\": ").append(number(thresholds.match()))
                .append(", \"review\": ").append(number(thresholds.review()))
                .append(", \"ambiguity_bits\": ").append(number(thresholds.ambiguity())).append("},\n");
        json.append("  \"comparisons\": {\n");
        Comparison[] all = Comparison.values();
        for (Comparison c : all) {
            json.append("    ").append(Json.quote(c.key())).append(": [\n");
            for (int l = 0; l < c.levels().size(); l++) {
                json.append("      {\"level\": ").append(Json.quote(c.level(l)))
                        .append(", \"m\": ").append(number(m(c, l)))
                        .append(", \"u\": ").append(number(u(c, l)))
                        .append(", \"weight\": ").append(number(weight(c, l))).append('}')
                        .append(l + 1 < c.levels().size() ? ",\n" : "\n");
            }
            json.append("    ]").append(c.ordinal() + 1 < all.length ? ",\n" : "\n");
        }
        return json.append("  }\n}\n").toString();
    }

    /** Reads a model file; anything missing or malformed is an {@link IllegalArgumentException} saying what. */
    @SuppressWarnings("unchecked")
    public static LinkageModel fromJson(String text) {
        Object parsed = Json.parse(text);
        if (!(parsed instanceof Map<?, ?> root) || !FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException("not a model file: \"format\" must be \"" + FORMAT + "\"");
        }
        Map<String, Object> thresholds = (Map<String, Object>) required(root, "thresholds", Map.class);
        Map<String, Object> comparisons = (Map<String, Object>) required(root, "comparisons", Map.class);
        Comparison[] all = Comparison.values();
        double[][] m = new double[all.length][];
        double[][] u = new double[all.length][];
        for (Comparison c : all) {
            if (ADDED_LATER.contains(c) && !comparisons.containsKey(c.key())) {
                m[c.ordinal()] = new double[c.levels().size()];
                Arrays.fill(m[c.ordinal()], 1.0 / c.levels().size());
                u[c.ordinal()] = m[c.ordinal()].clone();
                continue;
            }
            List<Object> levels = (List<Object>) required(comparisons, c.key(), List.class);
            if (levels.size() != c.levels().size()) {
                throw new IllegalArgumentException("comparison " + c.key() + " needs " + c.levels().size()
                        + " levels");
            }
            m[c.ordinal()] = new double[levels.size()];
            u[c.ordinal()] = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                Map<String, Object> level = (Map<String, Object>) levels.get(l);
                if (!c.level(l).equals(level.get("level"))) {
                    throw new IllegalArgumentException("comparison " + c.key() + ": level " + (l + 1)
                            + " must be \"" + c.level(l) + "\"");
                }
                m[c.ordinal()][l] = probability(level, "m");
                u[c.ordinal()][l] = probability(level, "u");
            }
        }
        return new LinkageModel(m, u, probability(root, "prior"),
                new Thresholds(probability(thresholds, "match"), probability(thresholds, "review"),
                        (Double) required(thresholds, "ambiguity_bits", Double.class)));
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public static LinkageModel load(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A table for people: each comparison level with m, u and weight. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "prior %.6f (%.2f bits); match from p %.4f, review from p %.4f",
                prior, priorWeight(), thresholds.match(), thresholds.review()));
        for (Comparison c : Comparison.values()) {
            for (int l = 0; l < c.levels().size(); l++) {
                lines.add(String.format(Locale.ROOT, "%-10s %-15s m %.5f  u %.7f  %+7.2f bits", c.key(), c.level(l),
                        m(c, l), u(c, l), weight(c, l)));
            }
        }
        return String.join("\n", lines);
    }

    private static Object required(Map<?, ?> object, String name, Class<?> type) {
        Object value = object.get(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("model file: \"" + name + "\" is missing or not a "
                    + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return value;
    }

    private static double probability(Map<?, ?> object, String name) {
        double value = (Double) required(object, name, Double.class);
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("model file: \"" + name + "\" must be between 0 and 1");
        }
        return value;
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
