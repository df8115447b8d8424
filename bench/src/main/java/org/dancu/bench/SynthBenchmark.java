package org.dancu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dancu.DancuApplication;
import org.dancu.locality.Localities;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generation of Điện Biên's 650,000 people against its peer in the same run: writing the same
 * number of rows and bytes per file, as one fixed line repeated, through the same kind of writer
 * (UTF-8, 64 KiB buffer). The ratio is the cost of generating the content over merely writing it.
 * The layout is read once from the locality data; the application context is closed before timing.
 */
final class SynthBenchmark {

    private static final int PEOPLE = 650_000;
    private static final int RUNS = 3;
    private static final List<String> FILES = List.of(SyntheticPopulation.PERSONS, SyntheticPopulation.HOUSEHOLDS,
            SyntheticPopulation.EVENTS);

    private SynthBenchmark() {
    }

    static void run() {
        try {
            measure(layout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The province's layout, read from the locality data in a context that is closed before it returns. */
    static ProvinceLayout layout() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .web(WebApplicationType.NONE)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run()) {
            return ProvinceLayout.of(context.getBean(Localities.class), "11");
        }
    }

    private static void measure(ProvinceLayout layout) throws IOException {
        Path generated = Files.createTempDirectory("dancu-synth");
        Path peer = Files.createTempDirectory("dancu-synth-peer");
        System.out.println("synthetic population benchmark; " + Measure.machine());
        System.out.printf("%,d people, median of %d runs, generator and peer alternating%n%n", PEOPLE, RUNS);
        double[] generator = new double[RUNS];
        double[] writer = new double[RUNS];
        SyntheticPopulation.Summary summary = null;
        for (int run = 0; run < RUNS; run++) {
            long began = System.nanoTime();
            summary = SyntheticPopulation.generate(layout, PEOPLE, run + 1, generated, n -> { });
            generator[run] = (System.nanoTime() - began) / 1e9;
            long[][] shapes = new long[FILES.size()][];
            for (int i = 0; i < FILES.size(); i++) {
                shapes[i] = shape(generated.resolve(FILES.get(i)));
            }
            began = System.nanoTime();
            for (int i = 0; i < FILES.size(); i++) {
                writeFixedRows(shapes[i], peer.resolve(FILES.get(i)));
            }
            writer[run] = (System.nanoTime() - began) / 1e9;
        }
        long bytes = 0;
        for (String file : FILES) {
            bytes += Files.size(generated.resolve(file));
        }
        double generatorMedian = Measure.median(generator);
        double peerMedian = Measure.median(writer);
        System.out.printf("rows: %,d persons, %,d households, %,d events; %,d MB%n", summary.persons(),
                summary.households(), summary.events(), bytes / 1_000_000);
        System.out.println("| generator s | peer s (fixed rows, same writer) | generator ÷ peer | persons/s |");
        System.out.println("|--:|--:|--:|--:|");
        System.out.printf("| %.2f | %.2f | %.1f | %,.0f |%n", generatorMedian, peerMedian,
                generatorMedian / peerMedian, PEOPLE / generatorMedian);
        for (Path directory : List.of(generated, peer)) {
            for (String file : FILES) {
                Files.deleteIfExists(directory.resolve(file));
            }
            Files.delete(directory);
        }
    }

    /** A generated file's number of lines and their mean length in bytes, counted outside the timing. */
    private static long[] shape(Path file) throws IOException {
        long rows;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            rows = lines.count();
        }
        return new long[] {rows, Math.max(1, Files.size(file) / rows - 1)};
    }

    /** As many rows, of the same mean length, as the generated file has. */
    private static void writeFixedRows(long[] shape, Path target) throws IOException {
        long rows = shape[0];
        String line = "x".repeat((int) shape[1]);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < rows; i++) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
