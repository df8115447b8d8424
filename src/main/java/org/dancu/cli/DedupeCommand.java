package org.dancu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.linkage.Deduplication;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RecordCsv;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;

/**
 * {@code dancu dedupe --records RECORDS.csv --out CLUSTERS.csv}: finds the records of one dataset
 * that are the same person. The model is trained on the file itself; each record gets the id of its
 * cluster, the smallest record id in it, stable across reruns and row orders.
 */
class DedupeCommand implements Command {

    @Override
    public String name() {
        return "dedupe";
    }

    @Override
    public String summary() {
        return "cluster the records of one dataset that are the same person: --records --out";
    }

    @Override
    public String usage() {
        return "--records RECORDS.csv --out CLUSTERS.csv\n"
                + "  writes record_id,cluster_id; no database needed (docs/linkage.md)";
    }

    @Override
    public int run(List<String> arguments) {
        CommandOptions options = CommandOptions.parse(name(), arguments, Set.of("records", "out"), Set.of());
        Path out = Path.of(options.get("out"));
        CsvOutput.checkTarget("out", out);
        long began = System.nanoTime();
        List<PersonRecord> records = LinkCommand.read(Path.of(options.get("records")), RecordCsv.Kind.RECORDS);
        Deduplication deduplication = Deduplication.of(records, BundledCommunes.mapping());
        Training training = deduplication.train(TrainingOptions.defaults());
        Map<String, String> clusters = deduplication.clusters(training.model());
        try {
            CsvOutput.write(out, List.of("record_id", "cluster_id"), rows -> {
                for (PersonRecord record : records) {
                    rows.write(CsvOutput.field(record.id()) + "," + CsvOutput.field(clusters.get(record.id())) + "\n");
                }
            });
        } catch (IOException e) {
            System.err.println("dancu: could not write the results: " + e.getMessage());
            return 1;
        }
        long distinct = clusters.values().stream().distinct().count();
        System.out.printf("Deduplicated %,d records into %,d clusters in %.1f s%n", records.size(), distinct,
                (System.nanoTime() - began) / 1e9);
        return 0;
    }
}
