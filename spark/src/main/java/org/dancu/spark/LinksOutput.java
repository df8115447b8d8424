package org.dancu.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.dancu.linkage.Decision;
import org.dancu.linkage.LinkResult;

/**
 * The results under the contract of {@code dancu link} (docs/linkage.md): {@code record_id, person_id,
 * probability, decision}, one row per record in input order, probability with six decimals;
 * {@code person_id} empty when blocking found no candidate. LINKS.csv is one file, written whole or
 * not at all (the rows go to a directory beside it, whose one part then replaces the target); the
 * Parquet copy keeps the probability as a number.
 */
final class LinksOutput {

    private LinksOutput() {
    }

    /** Every record with its best candidate's id, or none, in input order. */
    static Dataset<Row> links(Dataset<Row> recordRows, Dataset<Row> registerRows, Dataset<Row> best) {
        Dataset<Row> records = recordRows.select(col(LinkInputs.POSITION).as(CandidatePairs.RECORD),
                col(LinkInputs.ID).as("record_id"));
        Dataset<Row> persons = registerRows.select(col(LinkInputs.POSITION).as(CandidatePairs.PERSON),
                col(LinkInputs.ID).as("person_id"));
        return records.join(best, CandidatePairs.RECORD, "left_outer")
                .join(persons, CandidatePairs.PERSON, "left_outer")
                .orderBy(CandidatePairs.RECORD)
                .select(col("record_id"), col("person_id"),
                        coalesce(col(PairRanking.PROBABILITY), lit(0.0)).as(PairRanking.PROBABILITY),
                        coalesce(col(PairRanking.PROBABILITY_TEXT), lit(LinkResult.probabilityText(0))).as(PairRanking.PROBABILITY_TEXT),
                        coalesce(col(PairRanking.DECISION), lit(Decision.NONMATCH.code())).as(PairRanking.DECISION));
    }

    static void csv(SparkSession spark, Dataset<Row> links, String target) throws IOException {
        Path out = new Path(target);
        Path parts = new Path(target + ".parts");
        links.select(col("record_id"), col("person_id"), col(PairRanking.PROBABILITY_TEXT).as(PairRanking.PROBABILITY),
                        col(PairRanking.DECISION))
                .coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
                .csv(parts.toString());
        FileSystem fs = parts.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try {
            for (FileStatus part : fs.listStatus(parts, p -> p.getName().startsWith("part-"))) {
                fs.delete(out, false);
                if (!fs.rename(part.getPath(), out)) {
                    throw new IOException("cannot move the results to " + target);
                }
            }
        } finally {
            fs.delete(parts, true);
        }
    }

    static void parquet(Dataset<Row> links, String target) {
        links.select(col("record_id"), col("person_id"), col(PairRanking.PROBABILITY).cast(DataTypes.DoubleType),
                col(PairRanking.DECISION)).write().mode(SaveMode.Overwrite).parquet(target);
    }
}
