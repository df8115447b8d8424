package org.dancu.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dancu.linkage.Prepared;

import scala.Tuple2;

/**
 * Candidate pairs joined to both sides' normalised forms, so that a partition can compare them with
 * the library: {@code ((pair row, (person position, person)), (record position, record))}.
 */
final class PairsWithForms {

    private PairsWithForms() {
    }

    static Dataset<Tuple2<Tuple2<Row, Tuple2<Long, Prepared>>, Tuple2<Long, Prepared>>> of(
            Dataset<Row> pairs, Dataset<Tuple2<Long, Prepared>> records, Dataset<Tuple2<Long, Prepared>> persons) {
        Dataset<Tuple2<Row, Tuple2<Long, Prepared>>> withPerson =
                pairs.joinWith(persons, pairs.col(CandidatePairs.PERSON).equalTo(persons.col("_1")));
        return withPerson.joinWith(records,
                withPerson.col("_1").getField(CandidatePairs.RECORD).equalTo(records.col("_1")));
    }

    static Row pair(Tuple2<Tuple2<Row, Tuple2<Long, Prepared>>, Tuple2<Long, Prepared>> joined) {
        return joined._1()._1();
    }

    static Prepared person(Tuple2<Tuple2<Row, Tuple2<Long, Prepared>>, Tuple2<Long, Prepared>> joined) {
        return joined._1()._2()._2();
    }

    static Prepared record(Tuple2<Tuple2<Row, Tuple2<Long, Prepared>>, Tuple2<Long, Prepared>> joined) {
        return joined._2()._2();
    }
}
