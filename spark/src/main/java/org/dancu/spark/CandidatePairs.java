package org.dancu.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dancu.linkage.BlockingRule;
import org.dancu.linkage.Prepared;

import scala.Tuple2;
import scala.Tuple3;

/**
 * Blocking in Spark SQL with the library's keys ({@link Prepared#blockingKeys()}): the register's
 * keys counted per block, blocks above their rule's cap dropped (as the single-machine index does
 * not look them up), and the records' keys joined to the rest. Each pair comes once, with a bit per
 * blocking rule it shares, so that training can pick each EM step's pairs.
 */
final class CandidatePairs {

    static final String RECORD = "record";
    static final String PERSON = "person";
    static final String RULES = "rules";
    private static final String KEY = "key";
    private static final String RULE = "rule";

    private CandidatePairs() {
    }

    /** {@code record, person, rules}: every record–person pair that shares a key of a block small enough to look up. */
    static Dataset<Row> of(Dataset<Tuple2<Long, Prepared>> records, Dataset<Tuple2<Long, Prepared>> persons) {
        Dataset<Row> personKeys = keys(persons, PERSON);
        Column cap = element_at(array(Arrays.stream(BlockingRule.values()).map(r -> lit(r.largestBlock()))
                .toArray(Column[]::new)), col(RULE).plus(1));
        Dataset<Row> lookedUp = personKeys.groupBy(KEY).agg(count(lit(1)).as("size"), first(RULE).as(RULE))
                .filter(col("size").leq(cap)).select(KEY);
        return keys(records, RECORD).join(personKeys.drop(RULE).join(lookedUp, KEY), KEY)
                .groupBy(RECORD, PERSON).agg(bit_or(expr("shiftleft(1, " + RULE + ")")).as(RULES));
    }

    /** The bits of {@link #RULES} a pair found by any of these rules has one of. */
    static int mask(Iterable<BlockingRule> rules) {
        int mask = 0;
        for (BlockingRule rule : rules) {
            mask |= 1 << rule.ordinal();
        }
        return mask;
    }

    private static Dataset<Row> keys(Dataset<Tuple2<Long, Prepared>> side, String position) {
        return side.flatMap((FlatMapFunction<Tuple2<Long, Prepared>, Tuple3<Long, Integer, Long>>) row -> {
            long[] keys = row._2().blockingKeys();
            List<Tuple3<Long, Integer, Long>> rows = new ArrayList<>(keys.length);
            for (int rule = 0; rule < keys.length; rule++) {
                if (keys[rule] != 0) {
                    rows.add(new Tuple3<>(keys[rule], rule, row._1()));
                }
            }
            return rows.iterator();
        }, Encoders.tuple(Encoders.LONG(), Encoders.INT(), Encoders.LONG())).toDF(KEY, RULE, position);
    }
}
