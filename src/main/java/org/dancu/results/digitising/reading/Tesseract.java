package org.dancu.results.digitising.reading;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@code tesseract} command on one page at a time per permit, with the Vietnamese model and
 * TSV output (one row per word with its confidence). The page goes through a temporary PGM file and
 * the output through another, so neither pipe can fill up and block; a page that takes longer than
 * the timeout has its process killed. Each process is held to one thread (OMP_THREAD_LIMIT), so
 * {@code concurrentPages} processes use as many cores.
 */
class Tesseract {

    private static final Logger log = LoggerFactory.getLogger(Tesseract.class);
    /**
     * Page segmentation "a single uniform block of text": a form's lines top to bottom. Measured on the
     * synthetic scans, "single column" (4) split centred lines in two; automatic (3) reads as well but slower.
     */
    static final String UNIFORM_BLOCK = "6";

    private final ReadingSettings settings;
    private final Semaphore permits;

    Tesseract(ReadingSettings settings) {
        this.settings = settings;
        this.permits = new Semaphore(settings.concurrentPages(), true);
    }

    /** The page's words, or empty when the recogniser did not finish in time. */
    Optional<OcrPage> read(BufferedImage grayPage) {
        Path image = null;
        Path output = null;
        try {
            image = Files.createTempFile("dancu-page", ".pgm");
            output = Files.createTempFile("dancu-page", ".tsv");
            writePgm(grayPage, image);
            permits.acquire();
            try {
                return run(image, output) ? Optional.of(OcrPage.parseTsv(Files.readString(output,
                        StandardCharsets.UTF_8))) : Optional.empty();
            } finally {
                permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a page", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(image);
            deleteQuietly(output);
        }
    }

    private boolean run(Path image, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(settings.tesseract(), image.toString(), "stdout",
                "-l", "vie", "--psm", UNIFORM_BLOCK, "tsv"))
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run '" + settings.tesseract() + "': install Tesseract with its"
                    + " Vietnamese model (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)", e);
        }
        if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            log.warn("a page took longer than {} to read and was given up", settings.timeout());
            return false;
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("'" + settings.tesseract() + "' failed with exit code "
                    + process.exitValue() + ": is its Vietnamese model installed (tesseract-ocr-vie)?");
        }
        return true;
    }

    /** Binary PGM, which Tesseract reads without decoding: much cheaper to write than PNG. */
    static void writePgm(BufferedImage gray, Path target) throws IOException {
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("a grey page is expected");
        }
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write(("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            int stride = gray.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel model
                    ? model.getScanlineStride() : gray.getWidth();
            for (int y = 0; y < gray.getHeight(); y++) {
                out.write(pixels, y * stride, gray.getWidth());
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("temporary file {} not deleted", file, e);
            }
        }
    }
}
