package org.dancu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dancu.locality.Localities;
import org.dancu.register.LoadSummary;
import org.dancu.register.RegisterLoader;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's population: on a start with an empty register it generates a synthetic population of
 * the deployment province ({@code synth}) and loads it through the register's loader. It lives here,
 * where both modules may be used, so that the register does not depend on the generator. Progress goes
 * to the console, like the demo accounts.
 */
@Component
@ConditionalOnProperty(name = "dancu.demo.enabled", havingValue = "true")
class DemoPopulation implements ApplicationRunner {

    private final Localities localities;
    private final RegisterLoader loader;
    private final Path directory;
    private final int people;
    private final long seed;

    DemoPopulation(Localities localities, RegisterLoader loader,
                 @Value("${dancu.data-dir:data}") Path dataDirectory,
                 @Value("${dancu.demo.people:650000}") int people,
                 @Value("${dancu.demo.seed:1}") long seed) {
        this.localities = localities;
        this.loader = loader;
        this.directory = dataDirectory.resolve("synth");
        this.people = people;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!loader.registerEmpty()) {
            return;
        }
        long started = System.nanoTime();
        ProvinceLayout layout = ProvinceLayout.of(localities, localities.deploymentProvince().code());
        System.out.println("dancu demo: generating " + people + " synthetic persons of " + layout.provinceName()
                + " (seed " + seed + ") into " + directory);
        try {
            Files.createDirectories(directory);
            SyntheticPopulation.generate(layout, people, seed, directory,
                    written -> System.out.println("  " + written + " persons written"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo population to " + directory, e);
        }
        System.out.println("dancu demo: loading the population register");
        LoadSummary loaded = loader.load(directory);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("dancu demo: register loaded: %d persons, %d households, %d life events in %d.%01d s%n",
                loaded.persons(), loaded.households(), loaded.events(), elapsed.toSeconds(),
                elapsed.toMillisPart() / 100);
        System.out.flush();
    }
}
