package org.dancu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dancu.cli.BundledCommunes;
import org.dancu.linkage.CommuneTable;
import org.dancu.synth.MessyCopies;

/**
 * The Spark runner benchmark's inputs ({@code bench/run spark}, whose second half runs in spark/): a
 * normal-profile messy copy for each size of {@code spark.records}, in the linkage benchmark's work
 * directory (so either benchmark reuses the other's files), and the commune table {@code dancu communes}
 * writes, so that the runner and the single-machine engine read commune codes alike.
 */
final class SparkData {

    private SparkData() {
    }

    static void run() {
        Path work = Path.of(System.getProperty("linkage.work", "target/bench-linkage"));
        for (String size : System.getProperty("spark.records", "100000").split(",")) {
            System.out.println("Spark benchmark input: " + LinkageData.messy(work, Integer.parseInt(size.strip()),
                    MessyCopies.Profile.NORMAL).toAbsolutePath());
        }
        try {
            Files.write(work.resolve("communes.csv"), CommuneTable.of(BundledCommunes.mapping()).lines(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
