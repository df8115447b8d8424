package org.dancu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dancu.DancuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/** The whole application with the demo's first start, on a throw-away database and data directory. */
final class DemoServer {

    private DemoServer() {
    }

    /**
     * Starts it with {@code people} synthetic people, prints how long the start took, hands it to
     * {@code measure}, then stops it and deletes its data.
     */
    static void run(String name, int people, Consumer<ConfigurableApplicationContext> measure) {
        run(name, people, List.of(), measure);
    }

    /** As {@link #run(String, int, Consumer)}, with more settings ({@code --name=value}) for this harness. */
    static void run(String name, int people, List<String> settings, Consumer<ConfigurableApplicationContext> measure) {
        Path data;
        try {
            data = Files.createTempDirectory("dancu-bench-" + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .properties("logging.level.root=WARN", "spring.main.log-startup-info=false")
                .run(Stream.concat(Stream.of("--dancu.database.embedded-directory=", "--server.port=0",
                        "--dancu.demo.enabled=true", "--dancu.demo.people=" + people, "--dancu.data-dir=" + data),
                        settings.stream()).toArray(String[]::new))) {
            System.out.printf("start with demo province generated, loaded and seeded: %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
            measure.accept(context);
        } finally {
            FileSystemUtils.deleteRecursively(data.toFile());
        }
    }
}
