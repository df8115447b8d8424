package org.dancu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Consumer;

import org.dancu.locality.Localities;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The options every simulator command shares: its own data and secrets directories (apart from the demo's),
 * its port, and the demo's size and seed, so that it knows the same synthetic people as {@code dancu demo}.
 */
record SimulatorOptions(Path directory, Path secrets, int port, int people, long seed) {

    /** Read from the command's options, defaulting to {@code data/<command>}, {@code secrets/<command>} and its port. */
    static SimulatorOptions of(CommandOptions options, String command, int defaultPort) {
        return new SimulatorOptions(
                Path.of(options.has("data-dir") ? options.get("data-dir") : "data/" + command),
                Path.of(options.has("secrets-dir") ? options.get("secrets-dir") : "secrets/" + command),
                (int) options.number("port", defaultPort, 0, 65_535),
                (int) options.number("people", 650_000, 1, 20_000_000),
                options.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /**
     * The synthetic persons of this size and seed ({@code persons.csv}), generated under the data directory on
     * the first start with them; a context on an embedded database of the simulator's own reads the province's
     * communes for that, as {@code national-sim} does.
     */
    Path syntheticPersons(Consumer<String> console) {
        Path directory = directory();
        int people = people();
        long seed = seed();
        Path generated = directory.resolve("synth-" + people + "-" + seed);
        Path persons = generated.resolve(SyntheticPopulation.PERSONS);
        if (Files.isRegularFile(persons)) {
            return persons;
        }
        ProvinceLayout layout;
        try (ConfigurableApplicationContext context = SpringLauncher.start(NationalSimCommand.ownDatabase(directory,
                secrets()), WebApplicationType.NONE, Map.of("logging.level.root", "WARN",
                "spring.main.log-startup-info", "false"))) {
            Localities localities = context.getBean(Localities.class);
            layout = ProvinceLayout.of(localities, localities.deploymentProvince().code());
        }
        console.accept("generating " + people + " synthetic persons of " + layout.provinceName() + " (seed " + seed
                + ") into " + generated);
        // written aside and moved in whole, so that an interrupted generation is never taken for a finished one
        Path partial = directory.resolve(generated.getFileName() + ".partial");
        try {
            Files.createDirectories(partial);
            SyntheticPopulation.generate(layout, people, seed, partial, written -> { });
            Files.move(partial, generated, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the synthetic persons to " + generated, e);
        }
        return persons;
    }
}
