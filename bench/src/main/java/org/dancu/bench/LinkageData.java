package org.dancu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.linkage.PersonRecord;
import org.dancu.synth.MessyCopies;
import org.dancu.synth.SyntheticPopulation;

/**
 * The benchmark's inputs: a synthetic Điện Biên population, messy sectoral copies of it (one per
 * profile) with their truth, and FEBRL 4. Generated files are kept under a work directory and reused by later runs.
 */
final class LinkageData {

    private LinkageData() {
    }

    /** The messy files for {@code records} records of the profile, generated once per size and profile. */
    static Path messy(Path work, int records, MessyCopies.Profile profile) {
        Path directory = work.resolve(profile == MessyCopies.Profile.NORMAL ? "messy-" + records
                : "messy-" + profile.name().toLowerCase(java.util.Locale.ROOT) + "-" + records);
        if (Files.isRegularFile(directory.resolve(MessyCopies.TRUTH))) {
            return directory;
        }
        try {
            Path population = work.resolve("population-" + records);
            Files.createDirectories(population);
            if (!Files.isRegularFile(population.resolve(SyntheticPopulation.PERSONS))) {
                SyntheticPopulation.generate(SynthBenchmark.layout(), (int) Math.ceil(records * 1.05) + 10, 1, population, n -> { });
            }
            Files.createDirectories(directory);
            MessyCopies.write(population.resolve(SyntheticPopulation.PERSONS), directory, records, 7, profile);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** record_id → person_id ("" for people not in the register). */
    static Map<String, String> truth(Path directory) {
        Map<String, String> truth = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(directory.resolve(MessyCopies.TRUTH), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.indexOf(',');
                truth.put(line.substring(0, comma), line.substring(comma + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return truth;
    }

    /**
     * One FEBRL file as person records: surname first as Vietnamese names are written, the social
     * security number as the ID, the postcode as the "commune", street, suburb and state as the address.
     */
    static List<PersonRecord> febrl(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.subList(1, lines.size()).stream().map(line -> {
                String[] f = line.split(",", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                String name = (f[2] + " " + f[1]).strip();
                String address = String.join(" ", f[3], f[4], f[5], f[6], f[8]);
                return new PersonRecord(f[0], name, f[10], null, f[9], null, f[7], address);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
