package org.dancu.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dancu.linkage.Prepared;
import org.dancu.linkage.TermShares;

import scala.Tuple2;
import scala.Tuple3;

/**
 * The term-frequency adjustment's counts, done with Spark SQL over the register: how many persons
 * carry each name form ({@link Prepared#termForms()}), set on each person, and the average shares
 * ({@link TermShares}) from how many forms occur each number of times.
 */
final class NameFrequencies {

    private static final String KIND = "kind";
    private static final String FORM = "form";

    /** The persons carrying their counts, and the shares to score by. */
    record Counted(Dataset<Tuple2<Long, Prepared>> persons, TermShares shares) {
    }

    private NameFrequencies() {
    }

    static Counted count(Dataset<Tuple2<Long, Prepared>> persons, long size) {
        Dataset<Row> forms = persons.flatMap((FlatMapFunction<Tuple2<Long, Prepared>, Tuple3<Long, Integer, String>>) row -> {
            String[] values = row._2().termForms();
            List<Tuple3<Long, Integer, String>> rows = new ArrayList<>(values.length);
            for (int kind = 0; kind < values.length; kind++) {
                if (!values[kind].isEmpty()) {
                    rows.add(new Tuple3<>(row._1(), kind, values[kind]));
                }
            }
            return rows.iterator();
        }, Encoders.tuple(Encoders.LONG(), Encoders.INT(), Encoders.STRING())).toDF(CandidatePairs.PERSON, KIND, FORM);
        Dataset<Row> counts = forms.groupBy(KIND, FORM).count();
        Column[] byKind = new Column[3];
        for (int kind = 0; kind < byKind.length; kind++) {
            byKind[kind] = max(when(col(KIND).equalTo(kind), col("count"))).as("count" + kind);
        }
        Dataset<Row> perPerson = forms.join(counts, new String[] {KIND, FORM}, "inner")
                .groupBy(CandidatePairs.PERSON).agg(byKind[0], byKind[1], byKind[2]);
        Dataset<Tuple2<Long, Prepared>> counted = persons.joinWith(perPerson,
                persons.col("_1").equalTo(perPerson.col(CandidatePairs.PERSON)), "left_outer")
                .map((MapFunction<Tuple2<Tuple2<Long, Prepared>, Row>, Tuple2<Long, Prepared>>) joined -> {
                    Prepared person = joined._1()._2();
                    Row row = joined._2();
                    person.countTerms(count(row, 1), count(row, 2), count(row, 3));
                    return new Tuple2<>(joined._1()._1(), person);
                }, Encoders.tuple(Encoders.LONG(), Encoders.kryo(Prepared.class)));
        return new Counted(counted, shares(counts, size));
    }

    private static int count(Row row, int field) {
        return row == null || row.isNullAt(field) ? 0 : (int) row.getLong(field);
    }

    private static TermShares shares(Dataset<Row> counts, long size) {
        List<Map<Integer, Long>> byKind = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (Row row : counts.groupBy(col(KIND), col("count")).count().collectAsList()) {
            byKind.get(row.getInt(0)).put((int) row.getLong(1), row.getLong(2));
        }
        int persons = Math.toIntExact(size);
        return TermShares.of(persons, TermShares.averageShare(byKind.get(0), persons),
                TermShares.averageShare(byKind.get(1), persons), TermShares.averageShare(byKind.get(2), persons));
    }
}
