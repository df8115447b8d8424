package org.dancu.spark;

import java.util.Iterator;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.PairScorer;
import org.dancu.linkage.Prepared;
import org.dancu.linkage.TermShares;

import scala.Tuple2;
import scala.Tuple5;

/**
 * The candidate pairs compared once, inside the partitions, by the library ({@link PairScorer#compare}):
 * {@code record, person, rules, pattern, name_count}, a few dozen bytes a pair, from which training
 * counts its patterns and any model scores, without the records themselves.
 */
final class ComparedPairs {

    static final String PATTERN = "pattern";
    static final String NAME_COUNT = "name_count";

    private ComparedPairs() {
    }

    static Dataset<Row> of(Dataset<Row> pairs, Dataset<Tuple2<Long, Prepared>> records,
                           Dataset<Tuple2<Long, Prepared>> persons, TermShares shares) {
        return PairsWithForms.of(pairs, records, persons).mapPartitions(
                (MapPartitionsFunction<Tuple2<Tuple2<Row, Tuple2<Long, Prepared>>, Tuple2<Long, Prepared>>,
                        Tuple5<Long, Long, Integer, Long, Integer>>) joined -> {
                    // comparing does not depend on the model: any will do
                    PairScorer scorer = new PairScorer(LinkageModel.initial(), shares);
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return joined.hasNext();
                        }

                        @Override
                        public Tuple5<Long, Long, Integer, Long, Integer> next() {
                            var pair = joined.next();
                            Row row = PairsWithForms.pair(pair);
                            PairScorer.Compared compared = scorer.compare(PairsWithForms.record(pair),
                                    PairsWithForms.person(pair));
                            return new Tuple5<>(row.<Long>getAs(CandidatePairs.RECORD), row.<Long>getAs(CandidatePairs.PERSON),
                                    row.<Integer>getAs(CandidatePairs.RULES), compared.pattern(), compared.nameCount());
                        }
                    };
                }, Encoders.tuple(Encoders.LONG(), Encoders.LONG(), Encoders.INT(), Encoders.LONG(), Encoders.INT()))
                .toDF(CandidatePairs.RECORD, CandidatePairs.PERSON, CandidatePairs.RULES, PATTERN, NAME_COUNT);
    }
}
