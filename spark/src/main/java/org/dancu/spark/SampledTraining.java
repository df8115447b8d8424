package org.dancu.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dancu.linkage.BlockingRule;
import org.dancu.linkage.PairCounts;
import org.dancu.linkage.Prepared;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;

import scala.Tuple2;

/**
 * The engine's unsupervised training on a sample: up to {@link TrainingOptions#emRecords()} records
 * and as many persons drawn uniformly (seeded) and brought to the driver, where the library draws
 * its random pairs from them; the comparison patterns of the sampled records' candidate pairs
 * (already compared, {@link ComparedPairs}) counted in Spark; the model fitted on the driver by the library's EM ({@link PairCounts#train}).
 * When both inputs are no larger than the sample, the counts are those of the single-machine engine
 * and so is the model.
 */
final class SampledTraining {

    private SampledTraining() {
    }

    /** @param compared the candidate pairs as {@link ComparedPairs} keeps them */
    static Training train(Dataset<Tuple2<Long, Prepared>> records, long recordCount,
                          Dataset<Tuple2<Long, Prepared>> persons, long personCount, Dataset<Row> compared,
                          TrainingOptions options) {
        Dataset<Tuple2<Long, Prepared>> sampled = sample(records, recordCount, options);
        List<Tuple2<Long, Prepared>> recordSample = inOrder(sampled);
        List<Prepared> recordForms = recordSample.stream().map(Tuple2::_2).toList();
        List<Prepared> personForms = inOrder(sample(persons, personCount, options)).stream().map(Tuple2::_2).toList();
        PairCounts.RandomPairs random = PairCounts.RandomPairs.draw(recordForms, personForms, options);

        List<Row> patterns = compared.join(sampled.select(col("_1").as(CandidatePairs.RECORD)), CandidatePairs.RECORD,
                        "left_semi")
                .groupBy(ComparedPairs.PATTERN, CandidatePairs.RULES).count().collectAsList();

        List<Map<Long, Long>> steps = new ArrayList<>();
        for (Set<BlockingRule> rules : PairCounts.stepRules()) {
            steps.add(patterns(patterns, CandidatePairs.mask(rules)));
        }
        Map<Long, Long> all = patterns(patterns, -1);
        long candidatePairs = all.values().stream().mapToLong(Long::longValue).sum();
        return new PairCounts(random, steps, all, candidatePairs, (double) recordSample.size() * personCount)
                .train(options);
    }

    private static Dataset<Tuple2<Long, Prepared>> sample(Dataset<Tuple2<Long, Prepared>> side, long size,
                                                          TrainingOptions options) {
        double fraction = options.emRecords() / (double) Math.max(1, size);
        return fraction >= 1 ? side : side.sample(false, fraction, options.seed());
    }

    private static List<Tuple2<Long, Prepared>> inOrder(Dataset<Tuple2<Long, Prepared>> side) {
        List<Tuple2<Long, Prepared>> rows = new ArrayList<>(side.collectAsList());
        rows.sort(Comparator.comparing(Tuple2::_1));
        return rows;
    }

    /** Pattern counts of the pairs found by a rule of the mask (-1: all pairs). */
    private static Map<Long, Long> patterns(List<Row> counted, int mask) {
        Map<Long, Long> patterns = new HashMap<>();
        for (Row row : counted) {
            if ((row.getInt(1) & mask) != 0) {
                patterns.merge(row.getLong(0), row.getLong(2), Long::sum);
            }
        }
        return patterns;
    }
}
