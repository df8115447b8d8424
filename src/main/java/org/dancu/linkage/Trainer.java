package org.dancu.linkage;

import static org.dancu.linkage.Comparison.MISSING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Unsupervised training, seeded so that the same inputs give the same model:
 * <ol>
 * <li>u from random pairs, nearly all non-matches; for the ID's {@code prefix} level, random pairs
 * born in the same year, since the ID's head encodes the birth year (see {@link #sameYearPrefix});</li>
 * <li>m by EM ({@link Em}) in three steps over a sample of the records ({@link #STEPS}): pairs
 * sharing an ID without what a household shares (commune, address, ethnicity, parents' names)
 * estimate old ID, name, birth date and sex; the same pairs then estimate the household comparisons
 * with those held; pairs sharing full name and birth year estimate the ID with everything else held.
 * A record carrying a parent's or spouse's ID pairs it with a member of the same household: in one
 * run EM would take that pair for a match on what they share and learn that true matches often
 * differ in name and birth date. Among same-name same-year pairs namesakes outnumber matches at
 * scale, and that session, estimating more than the ID, converged on them;</li>
 * <li>the prior, the probability that a random pair is a match, by EM on the prior alone over all
 * candidate pairs of the sample (pairs blocking does not produce count as non-matches).</li>
 * </ol>
 */
final class Trainer {

    private static final int MAX_ITERATIONS = 500;
    /** The ID's level "same first six digits". */
    private static final int PREFIX = 2;
    private static final double TOLERANCE = 1e-7;
    /** What members of one household share. */
    private static final Set<Comparison> HOUSEHOLD = EnumSet.of(Comparison.COMMUNE, Comparison.ADDRESS,
            Comparison.ETHNICITY, Comparison.FATHER_NAME, Comparison.MOTHER_NAME);
    private static final Set<Comparison> PERSON = EnumSet.of(Comparison.OLD_ID, Comparison.NAME,
            Comparison.BIRTH_DATE, Comparison.SEX);

    /**
     * One EM run: over the candidate pairs of these blocking rules, the comparisons it was blocked on
     * left out, estimating some comparisons' m while the others already estimated are held; with
     * {@code householdAside} what a household shares takes no part at all; with {@code restart} the
     * prior starts at one half, else at the previous step's.
     */
    private record Step(BlockingRule[] rules, Set<Comparison> blockedOn, Set<Comparison> estimates,
                        boolean householdAside, boolean restart) {

        boolean[] weighs(boolean[] active) {
            boolean[] weighs = active.clone();
            if (householdAside) {
                HOUSEHOLD.forEach(c -> weighs[c.ordinal()] = false);
            }
            return weighs;
        }
    }

    private static final Step[] STEPS = {
        new Step(new BlockingRule[] {BlockingRule.ID}, EnumSet.of(Comparison.ID), PERSON, true, true),
        new Step(new BlockingRule[] {BlockingRule.ID}, EnumSet.of(Comparison.ID), HOUSEHOLD, false, false),
        new Step(new BlockingRule[] {BlockingRule.NAME_YEAR}, EnumSet.of(Comparison.NAME, Comparison.BIRTH_DATE),
                EnumSet.of(Comparison.ID), false, false)};

    private Trainer() {
    }

    /** @param self whether records and reference are one dataset (deduplication): pairs are then i &lt; j */
    static Training train(Reference reference, Prepared[] records, boolean self, TrainingOptions options) {
        SplittableRandom random = new SplittableRandom(options.seed());
        PairCounts.RandomPairs randomPairs = randomPairs(records, reference.records, self, options.randomPairs(), random);
        int[] sample = sample(records.length, options.emRecords(), random);
        List<Map<Long, Long>> steps = new ArrayList<>();
        for (Step step : STEPS) {
            Map<Long, Long> patterns = new HashMap<>();
            patterns(reference, records, self, sample, step.rules(), patterns);
            steps.add(patterns);
        }
        Map<Long, Long> all = new HashMap<>();
        long candidatePairs = patterns(reference, records, self, sample, BlockingRule.values(), all);
        double comparable = (double) sample.length * (self ? (reference.size() - 1) / 2.0 : reference.size());
        return fit(new PairCounts(randomPairs, steps, all, candidatePairs, comparable), options);
    }

    /** The blocking rules of each EM step, in order: the pairs {@link PairCounts#stepPatterns()} counts. */
    static List<Set<BlockingRule>> stepRules() {
        List<Set<BlockingRule>> rules = new ArrayList<>();
        for (Step step : STEPS) {
            rules.add(Set.of(step.rules()));
        }
        return rules;
    }

    /** The model from counts gathered over the pairs, here or on many machines (see {@link PairCounts}). */
    static Training fit(PairCounts counts, TrainingOptions options) {
        PairCounts.RandomPairs random = counts.randomPairs();
        double[][] u = uOf(random.levels());
        u[Comparison.ID.ordinal()] = withSameYearPrefix(u[Comparison.ID.ordinal()], random.sameYearPrefix(),
                random.sameYearPairs());
        double[][] m = LinkageModel.initial().mCopy();
        double prior = 0.5;
        int iterations = 0;
        boolean converged = true;
        for (int s = 0; s < STEPS.length; s++) {
            Step step = STEPS[s];
            Map<Long, Long> patterns = counts.stepPatterns().get(s);
            if (patterns.isEmpty()) {
                continue;
            }
            boolean[] active = new boolean[u.length];
            boolean[] estimated = new boolean[u.length];
            Arrays.fill(active, true);
            for (Comparison blocked : step.blockedOn()) {
                active[blocked.ordinal()] = false;
            }
            for (Comparison c : step.estimates()) {
                estimated[c.ordinal()] = true;
            }
            long[][] table = table(patterns);
            Em.Result result = Em.run(table[0], table[1], u, m, step.restart() ? 0.5 : prior, step.weighs(active),
                    estimated, MAX_ITERATIONS, TOLERANCE);
            m = result.m();
            prior = result.prior();
            iterations += result.iterations();
            converged &= result.converged();
        }
        prior = prior(counts.allPatterns(), m, u, Math.max(1, counts.comparablePairs()));
        return new Training(new LinkageModel(m, u, prior, options.thresholds()), counts.candidatePairs(),
                random.drawn(), iterations, converged);
    }

    /**
     * EM on the prior alone, m and u fixed: the expected number of matches among the candidate
     * pairs over the number of pairs the sampled records could form.
     */
    private static double prior(Map<Long, Long> patterns, double[][] m, double[][] u, double comparable) {
        long[][] table = table(patterns);
        double[] odds = new double[table[0].length];
        for (int p = 0; p < odds.length; p++) {
            double log = 0;
            for (int k = 0; k < u.length; k++) {
                int l = Em.level(table[0][p], k);
                if (l != MISSING) {
                    log += Math.log(Math.max(m[k][l], LinkageModel.FLOOR) / Math.max(u[k][l], LinkageModel.FLOOR));
                }
            }
            odds[p] = Math.exp(Math.min(log, 700));
        }
        double prior = Math.min(0.5, 1 / comparable);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double matches = 0;
            for (int p = 0; p < odds.length; p++) {
                double o = prior / (1 - prior) * odds[p];
                matches += table[1][p] * (Double.isInfinite(o) ? 1 : o / (1 + o));
            }
            double next = Math.min(0.5, Math.max(1e-12, matches / comparable));
            if (Math.abs(next - prior) < prior * 1e-6) {
                return next;
            }
            prior = next;
        }
        return prior;
    }

    /** The patterns in the order of their keys, so that EM sums alike wherever the counts were gathered. */
    private static long[][] table(Map<Long, Long> patterns) {
        long[] keys = patterns.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        long[] counts = new long[keys.length];
        for (int p = 0; p < keys.length; p++) {
            counts[p] = patterns.get(keys[p]);
        }
        return new long[][] {keys, counts};
    }

    /**
     * Random pairs of records and reference records (or of samples of each): how often each
     * comparison's level holds among them, then among pairs of the same birth year how often the
     * IDs share their first six digits ({@link #sameYearPrefix}).
     */
    static PairCounts.RandomPairs randomPairs(Prepared[] records, Prepared[] persons, boolean self, int wanted,
                                              SplittableRandom random) {
        long[] drawn = {0};
        long[][] levels = randomPairLevels(records, persons, self, wanted, random, drawn);
        long[] prefix = sameYearPrefix(records, persons, self, wanted, random);
        return new PairCounts.RandomPairs(levels, drawn[0], prefix[0], prefix[1]);
    }

    /** How often each comparison's level holds among random pairs, per comparison and level. */
    private static long[][] randomPairLevels(Prepared[] records, Prepared[] persons, boolean self, int wanted,
                                             SplittableRandom random, long[] drawn) {
        Comparison[] all = Comparison.values();
        long[][] counts = new long[all.length][];
        for (Comparison c : all) {
            counts[c.ordinal()] = new long[c.levels().size()];
        }
        byte[] levels = new byte[Levels.COUNT];
        int n = records.length;
        int r = persons.length;
        if (n > 0 && r > 0 && (!self || r > 1)) {
            for (int d = 0; d < wanted; d++) {
                int i = random.nextInt(n);
                int j = random.nextInt(r);
                if (self && i == j) {
                    continue;
                }
                Levels.compare(records[i], persons[j], levels);
                for (int k = 0; k < levels.length; k++) {
                    if (levels[k] != MISSING) {
                        counts[k][levels[k]]++;
                    }
                }
                drawn[0]++;
            }
        }
        return counts;
    }

    /** u from the random pairs' level counts, with a half-count of smoothing per level. */
    private static double[][] uOf(long[][] counts) {
        double[][] u = new double[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            long present = 0;
            for (long count : counts[k]) {
                present += count;
            }
            u[k] = new double[counts[k].length];
            for (int l = 0; l < counts[k].length; l++) {
                u[k][l] = (counts[k][l] + 0.5) / (present + 0.5 * counts[k].length);
            }
        }
        return u;
    }

    /**
     * u of the ID with its {@code prefix} level measured on random pairs born in the same year. The
     * first six digits of a 12-digit ID are province, century/sex and birth year, so two persons of
     * one year in one province nearly always share them: among random pairs "same prefix" is rare,
     * among candidates that agree on the birth year (in the name + year session, a namesake of the
     * same year) it is the rule, and the birth date comparison has already weighed that agreement.
     * Measured on pairs of one year, the level weighs what it adds: two different IDs, i.e. against
     * a match rather than for it. {@code exact} and {@code one_edit} keep their random-pair u (an ID
     * names one person whatever the year); {@code different} takes the rest. Without birth years (or
     * too few pairs) the random-pair u is kept.
     */
    private static long[] sameYearPrefix(Prepared[] records, Prepared[] persons, boolean self, int wanted,
                                         SplittableRandom random) {
        Map<Integer, List<Integer>> byYear = new HashMap<>();
        for (int j = 0; j < persons.length; j++) {
            Prepared p = persons[j];
            if (p.year != 0 && p.hasPersonalId()) {
                byYear.computeIfAbsent(p.year, year -> new ArrayList<>()).add(j);
            }
        }
        long prefix = 0;
        long present = 0;
        for (int d = 0; d < wanted && records.length > 0; d++) {
            int i = random.nextInt(records.length);
            List<Integer> year = records[i].hasPersonalId() ? byYear.get(records[i].year) : null;
            if (year == null) {
                continue;
            }
            int j = year.get(random.nextInt(year.size()));
            if (self && i == j) {
                continue;
            }
            prefix += Levels.id(records[i].pin, persons[j].pin, true) == PREFIX ? 1 : 0;
            present++;
        }
        return new long[] {prefix, present};
    }

    /** The ID's u with its {@code prefix} level measured on pairs of one year; too few such pairs keep the random-pair u. */
    private static double[] withSameYearPrefix(double[] randomPairU, long prefix, long present) {
        if (present < 1_000) {
            return randomPairU;
        }
        double[] u = randomPairU.clone();
        u[PREFIX] = (prefix + 0.5) / (present + 1);
        u[PREFIX + 1] = Math.max(LinkageModel.FLOOR, 1 - u[0] - u[1] - u[PREFIX]);
        return u;
    }

    /** Indices of up to {@code wanted} records, drawn without replacement. */
    private static int[] sample(int n, int wanted, SplittableRandom random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (wanted >= n) {
            return all;
        }
        for (int i = 0; i < wanted; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, wanted);
    }

    private static long patterns(Reference reference, Prepared[] records, boolean self, int[] sample,
                                 BlockingRule[] rules, Map<Long, Long> patterns) {
        BlockIndex.Workspace workspace = new BlockIndex.Workspace(reference.size());
        long[] pairs = {0};
        for (int i : sample) {
            Prepared record = records[i];
            reference.index.candidates(record, rules, workspace, position -> {
                if (self && position <= i) {
                    return;
                }
                Levels.compare(record, reference.records[position], workspace.levels);
                patterns.merge(Em.encode(workspace.levels), 1L, Long::sum);
                pairs[0]++;
            });
        }
        return pairs[0];
    }
}
