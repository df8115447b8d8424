package org.dancu.spark;

import java.util.Iterator;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dancu.linkage.CandidateRanking;
import org.dancu.linkage.LinkResult;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.PairScorer;
import org.dancu.linkage.TermShares;

import scala.Tuple3;
import scala.Tuple5;

/**
 * Scoring inside partitions with the library ({@link PairScorer#weight}) from the compared pairs, then per record its best candidate
 * and the decision ({@link CandidateRanking}), which do not depend on the order the pairs arrive in:
 * {@code record, person, probability, probability_text, decision} for each record with a candidate.
 */
final class PairRanking {

    static final String PROBABILITY = "probability";
    static final String PROBABILITY_TEXT = "probability_text";
    static final String DECISION = "decision";

    private PairRanking() {
    }

    /** @param compared the pairs as {@link ComparedPairs} keeps them */
    static Dataset<Row> best(Dataset<Row> compared, LinkageModel model, TermShares shares) {
        String json = model.toJson();
        Dataset<Tuple3<Long, Long, Double>> scored = compared.mapPartitions(
                (MapPartitionsFunction<Row, Tuple3<Long, Long, Double>>) pairs -> {
                    PairScorer scorer = new PairScorer(LinkageModel.fromJson(json), shares);
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return pairs.hasNext();
                        }

                        @Override
                        public Tuple3<Long, Long, Double> next() {
                            Row row = pairs.next();
                            return new Tuple3<>(row.<Long>getAs(CandidatePairs.RECORD), row.<Long>getAs(CandidatePairs.PERSON),
                                    scorer.weight(new PairScorer.Compared(row.<Long>getAs(ComparedPairs.PATTERN),
                                            row.<Integer>getAs(ComparedPairs.NAME_COUNT))));
                        }
                    };
                }, Encoders.tuple(Encoders.LONG(), Encoders.LONG(), Encoders.DOUBLE()));
        return scored.groupByKey((MapFunction<Tuple3<Long, Long, Double>, Long>) Tuple3::_1, Encoders.LONG())
                .mapGroups(new Decide(json, shares), Encoders.tuple(Encoders.LONG(), Encoders.LONG(), Encoders.DOUBLE(),
                        Encoders.STRING(), Encoders.STRING()))
                .toDF(CandidatePairs.RECORD, CandidatePairs.PERSON, PROBABILITY, PROBABILITY_TEXT, DECISION);
    }

    /** One record's candidates ranked and decided; the scorer made once per task. */
    private static final class Decide implements MapGroupsFunction<Long, Tuple3<Long, Long, Double>,
            Tuple5<Long, Long, Double, String, String>> {

        private static final long serialVersionUID = 1L;

        private final String model;
        private final TermShares shares;
        private transient PairScorer scorer;

        Decide(String model, TermShares shares) {
            this.model = model;
            this.shares = shares;
        }

        @Override
        public Tuple5<Long, Long, Double, String, String> call(Long record, Iterator<Tuple3<Long, Long, Double>> pairs) {
            if (scorer == null) {
                scorer = new PairScorer(LinkageModel.fromJson(model), shares);
            }
            CandidateRanking ranking = new CandidateRanking();
            pairs.forEachRemaining(pair -> ranking.offer(pair._2(), pair._3()));
            double probability = ranking.bestProbability();
            return new Tuple5<>(record, ranking.best(), probability, LinkResult.probabilityText(probability), scorer.decide(ranking).code());
        }
    }
}
