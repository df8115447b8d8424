package org.dancu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import javax.imageio.ImageIO;

import org.dancu.results.digitising.reading.FieldReading;
import org.dancu.results.digitising.reading.FormReader;
import org.dancu.results.digitising.reading.FormReading;
import org.dancu.results.digitising.reading.ReadingSettings;
import org.dancu.results.digitising.reading.SyntheticScans;

/**
 * Reading scanned forms against its peer in the same run: the {@code tesseract} command alone
 * ({@code tesseract page.png stdout -l vie}, its defaults, plain text) on the same damaged synthetic
 * pages, as many processes at once as our reader runs. Both outputs go through the same field
 * extraction ({@link FormReader#readText} for the peer's text), so the accuracy gap is what our page
 * cleaning and layout choice add; the speed gap is what they cost. The pages (land-use right certificates
 * and birth register extracts alternating) are made and written as PNG before any timing.
 */
final class OcrBenchmark {

    private static final long SEED = 2026;
    /** A value wrong with at least this confidence would slip past the queue's double entry. */
    private static final double SURE = 0.6;

    private OcrBenchmark() {
    }

    static void run() {
        int pages = Integer.getInteger("ocr.pages", 40);
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.println("OCR benchmark; " + Measure.machine() + "; load average " + Measure.loadAverage());
        System.out.printf("%d synthetic scans at %d dpi, %d pages at once%n%n", pages, SyntheticScans.DPI, threads);
        SyntheticScans scans = SyntheticScans.create(SEED);
        List<SyntheticScans.Scan> pagesRead = new ArrayList<>();
        try {
            Path directory = Files.createTempDirectory("dancu-ocr");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                SyntheticScans.Scan scan = scans.scan(i);
                pagesRead.add(scan);
                Path file = directory.resolve("page" + i + ".png");
                ImageIO.write(scan.image(), "png", file.toFile());
                files.add(file);
            }
            FormReader reader = new FormReader(new ReadingSettings("tesseract", ReadingSettings.defaults().timeout(),
                    threads));
            System.out.println("| reader | pages/min | fields right | field accuracy | wrong but sure (≥ 0.6) |");
            System.out.println("|---|--:|--:|--:|--:|");
            report("dancu (page cleaning, TSV confidences)", pagesRead, timed(pages, threads,
                    i -> reader.read(pagesRead.get(i).image())));
            report("tesseract alone (same extraction on its text)", pagesRead, timed(pages, threads,
                    i -> reader.readText(tesseractAlone(files.get(i)))));
            for (Path file : files) {
                Files.delete(file);
            }
            Files.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Timed(List<FormReading> readings, double pagesPerMinute) {
    }

    private static Timed timed(int pages, int threads, IntFunction<FormReading> read) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long began = System.nanoTime();
            List<Future<FormReading>> futures = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                int page = i;
                futures.add(pool.submit(() -> read.apply(page)));
            }
            List<FormReading> readings = new ArrayList<>();
            for (Future<FormReading> future : futures) {
                readings.add(future.get());
            }
            return new Timed(readings, pages * 60e9 / (System.nanoTime() - began));
        } catch (Exception e) {
            throw new IllegalStateException("benchmark run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String reader, List<SyntheticScans.Scan> scans, Timed timed) {
        int fields = 0;
        int right = 0;
        int sureButWrong = 0;
        for (int i = 0; i < scans.size(); i++) {
            for (Map.Entry<String, String> truth : scans.get(i).truth().entrySet()) {
                fields++;
                FieldReading field = timed.readings().get(i).field(truth.getKey()).orElse(null);
                if (field != null && field.value().equals(truth.getValue())) {
                    right++;
                } else if (field != null && field.confidence() >= SURE) {
                    sureButWrong++;
                }
            }
        }
        System.out.printf("| %s | %.1f | %d of %d | %.1f %% | %d |%n", reader, timed.pagesPerMinute(), right, fields,
                100.0 * right / fields, sureButWrong);
    }

    /** The command as anyone would run it: defaults, plain text out. */
    private static String tesseractAlone(Path page) {
        try {
            ProcessBuilder builder = new ProcessBuilder("tesseract", page.toString(), "stdout", "-l", "vie")
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("tesseract failed on " + page);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
