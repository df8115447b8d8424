package org.dancu.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dancu.linkage.CommuneTable;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.Prepared;
import org.dancu.linkage.RecordCsv;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;

import scala.Tuple2;

/**
 * {@code spark-submit --class org.dancu.spark.SparkLink dancu-spark.jar --register REGISTER.csv
 * --records RECORDS.csv --out LINKS.csv [--parquet LINKS.parquet] [--model MODEL.json]
 * [--communes COMMUNES.csv]}: {@code dancu link} on a Spark cluster. Spark SQL reads both inputs
 * (CSV, or Parquet for a path ending in {@code .parquet}), blocks and joins; the linkage library
 * normalises, compares and scores inside the partitions; the model is trained on a sample (or read
 * from {@code --model}, as {@code dancu link} does). Exit 2 for bad input or options, nothing written.
 */
public final class SparkLink {

    private static final Set<String> REQUIRED = Set.of("register", "records", "out");
    private static final Set<String> OPTIONAL = Set.of("parquet", "model", "communes");

    /** What a run found, for the summary line and the benchmark. */
    public record Summary(long records, long persons, long candidatePairs, Map<String, Long> decisions) {
    }

    private SparkLink() {
    }

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = options(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("dancu-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("dancu link").getOrCreate();
        int status;
        try {
            Summary summary = run(spark, options);
            System.out.printf("Linked %,d records against %,d persons (%,d candidate pairs): %s%n", summary.records(),
                    summary.persons(), summary.candidatePairs(), summary.decisions());
            status = 0;
        } catch (RecordCsv.InvalidFileException | IllegalArgumentException e) {
            System.err.println("dancu-spark: " + e.getMessage());
            status = 2;
        } catch (IOException e) {
            System.err.println("dancu-spark: could not write the results: " + e.getMessage());
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** {@code --name value} pairs; an unknown or missing option, or one without a value, is refused. */
    static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i).startsWith("--") ? args.get(i).substring(2) : "";
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args.get(i) + "; usage: --register REGISTER.csv"
                        + " --records RECORDS.csv --out LINKS.csv [--parquet DIR] [--model MODEL.json] [--communes COMMUNES.csv]");
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                throw new IllegalArgumentException(args.get(i) + " needs a value");
            }
            options.put(name, args.get(i + 1));
        }
        for (String name : REQUIRED) {
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
        }
        return options;
    }

    /** Links the records and writes the results; the inputs are checked before anything is written. */
    public static Summary run(SparkSession spark, Map<String, String> options) throws IOException {
        Path modelFile = options.containsKey("model") ? Path.of(options.get("model")) : null;
        LinkageModel given = modelFile != null && Files.exists(modelFile) ? LinkageModel.load(modelFile) : null;
        CommuneTable communes = options.containsKey("communes") ? CommuneTable.read(Path.of(options.get("communes")))
                : CommuneTable.none();
        Dataset<Row> registerRows = LinkInputs.read(spark, options.get("register"), RecordCsv.Kind.REGISTER)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> recordRows = LinkInputs.read(spark, options.get("records"), RecordCsv.Kind.RECORDS)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long personCount = registerRows.count();
        long recordCount = recordRows.count();

        NameFrequencies.Counted counted = NameFrequencies.count(LinkInputs.prepare(registerRows, communes), personCount);
        Dataset<Tuple2<Long, Prepared>> persons = counted.persons().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Tuple2<Long, Prepared>> records = LinkInputs.prepare(recordRows, communes)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> pairs = ComparedPairs.of(CandidatePairs.of(records, persons), records, persons, counted.shares())
                .persist(StorageLevel.MEMORY_AND_DISK());

        LinkageModel model = given;
        if (model == null) {
            Training training = SampledTraining.train(records, recordCount, persons, personCount, pairs,
                    TrainingOptions.defaults());
            model = training.model();
            if (modelFile != null) {
                model.save(modelFile);
            }
        }
        Dataset<Row> links = LinksOutput.links(recordRows, registerRows, PairRanking.best(pairs, model, counted.shares()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        LinksOutput.csv(spark, links, options.get("out"));
        if (options.containsKey("parquet")) {
            LinksOutput.parquet(links, options.get("parquet"));
        }
        Map<String, Long> decisions = new HashMap<>();
        links.groupBy(col(PairRanking.DECISION)).count().collectAsList()
                .forEach(row -> decisions.put(row.getString(0), row.getLong(1)));
        return new Summary(recordCount, personCount, pairs.count(), decisions);
    }
}
