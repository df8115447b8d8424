package org.dancu.steering.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.dancu.steering.DemoPlan.Trajectory;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;

/**
 * The demo's synthetic monthly history, made to precede the live register: every denominator comes
 * from the commune's living residents as the register counts them today (shrunk by the province's
 * growth for earlier months), so the register's two indicators share one denominator that leads up
 * to the register's size, and a sector's records are a fixed share of the residents. An indicator
 * the register counts today ends at today's share; the others follow their trajectory. Each current
 * commune's counts are shared among the old communes it was formed from, by their residents today,
 * so the pre-2025 view has believable rows that add up to their current commune. Pure: the same
 * live counts give the same history.
 */
final class DemoHistory {

    /** Population growth per month, about 1.2 % a year. */
    static final double MONTHLY_GROWTH = 0.001;

    /** One commune's count in the current month: for the register's indicators, as just computed. */
    record Live(long numerator, long denominator) {

        double share() {
            return 100.0 * numerator / denominator;
        }
    }

    private final Map<String, Live> residents;
    private final Map<String, Map<String, Live>> today;
    private final Map<String, Map<String, Long>> formedFrom;

    /**
     * @param residents  each current commune's count of an indicator over living residents (its
     *                   denominator is the commune's residents)
     * @param today      per indicator, each commune's count this month, for the indicators counted today
     * @param formedFrom each current commune's old communes (those carrying codes of its residents'
     *                   records) and their living residents today: a commune's counts are shared
     *                   among them in that proportion; a commune missing here keeps its own code
     */
    DemoHistory(Map<String, Live> residents, Map<String, Map<String, Live>> today,
                Map<String, Map<String, Long>> formedFrom) {
        this.residents = Map.copyOf(residents);
        this.today = Map.copyOf(today);
        this.formedFrom = Map.copyOf(formedFrom);
    }

    /**
     * The communes' counts of one indicator for a period.
     *
     * @param month        months from the start of the history to the period's last month
     * @param monthsBefore months from the period's last month to the current one (0 for open periods)
     */
    List<IndicatorCount> counts(Trajectory trajectory, Period period, int month, int monthsBefore) {
        Map<String, Live> now = today.getOrDefault(trajectory.indicator(), Map.of());
        List<IndicatorCount> counts = new ArrayList<>();
        residents.forEach((commune, people) -> {
            if (people.denominator() == 0) {
                return;
            }
            Random random = new Random(Long.parseLong(commune) * 31 + trajectory.indicator().hashCode());
            double offset = random.nextGaussian() * 5;
            double noise = monthsBefore == 0 ? 0 : new Random(random.nextLong() + month).nextGaussian() * 0.6;
            Live live = now.get(commune);
            double share = live != null && live.denominator() > 0
                    ? live.share() - trajectory.rise() * monthsBefore + noise
                    : along(trajectory, month) + offset + noise;
            long denominator = Math.round(people.denominator() * trajectory.recordsPerResident()
                    * (1 - MONTHLY_GROWTH * monthsBefore));
            long numerator = Math.round(denominator * Math.max(0, Math.min(100, share)) / 100);
            Map<String, Long> oldCommunes = formedFrom.getOrDefault(commune, Map.of());
            if (oldCommunes.isEmpty()) {
                counts.add(new IndicatorCount(period, commune, commune, null, numerator, denominator));
                return;
            }
            Map<String, Long> denominators = shared(denominator, oldCommunes);
            Map<String, Long> numerators = shared(numerator, denominators);
            denominators.forEach((old, records) -> counts.add(new IndicatorCount(period, old, commune, null,
                    numerators.get(old), records)));
        });
        return counts;
    }

    /**
     * The total shared in proportion to the weights, in whole numbers that add up to it exactly: each
     * part is rounded down, and the units left over go to the largest remainders (ties by code).
     * Weights of zero get nothing; when all are zero there must be nothing to share.
     */
    static Map<String, Long> shared(long total, Map<String, Long> weights) {
        long sum = weights.values().stream().mapToLong(Long::longValue).sum();
        if (weights.values().stream().anyMatch(weight -> weight < 0) || sum == 0 && total != 0) {
            throw new IllegalArgumentException("cannot share " + total + " by " + weights);
        }
        Map<String, Long> parts = new TreeMap<>();
        Map<String, Long> remainders = new TreeMap<>();
        weights.forEach((key, weight) -> {
            long exact = Math.multiplyExact(total, weight);
            parts.put(key, sum == 0 ? 0 : exact / sum);
            remainders.put(key, sum == 0 ? 0 : exact % sum);
        });
        long left = total - parts.values().stream().mapToLong(Long::longValue).sum();
        remainders.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(left).forEach(e -> parts.merge(e.getKey(), 1L, Long::sum));
        return parts;
    }

    private static double along(Trajectory trajectory, int month) {
        int flattensAt = trajectory.flattensAt();
        if (flattensAt < 0 || month <= flattensAt) {
            return trajectory.start() + trajectory.rise() * month;
        }
        return trajectory.start() + trajectory.rise() * flattensAt + 0.3 * (month - flattensAt);
    }
}
