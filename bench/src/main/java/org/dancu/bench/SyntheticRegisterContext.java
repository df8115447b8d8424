package org.dancu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.dancu.DancuApplication;
import org.dancu.locality.Localities;
import org.dancu.register.RegisterLoader;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/** The application without its web server, on a throw-away database, holding a synthetic register of Điện Biên. */
final class SyntheticRegisterContext {

    private SyntheticRegisterContext() {
    }

    /** Starts the application, loads {@code people} synthetic persons into its register and hands it to {@code measure}. */
    static void run(String name, int people, Consumer<ConfigurableApplicationContext> measure) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .web(WebApplicationType.NONE)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run()) {
            load(context, name, people);
            measure.accept(context);
        }
    }

    private static void load(ConfigurableApplicationContext context, String name, int people) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("dancu-" + name + "-bench");
            SyntheticPopulation.generate(ProvinceLayout.of(context.getBean(Localities.class), "11"), people, 11,
                    directory, n -> { });
            context.getBean(RegisterLoader.class).load(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory.toFile());
            }
        }
    }
}
