package org.dancu.results.digitising;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dancu.results.ResultRefusedException;

/**
 * One uploaded file of scans, recognised by its content (never by its name): a PDF or a TIFF of one or
 * more pages, a JPEG or a PNG of one. {@link #of} refuses what is empty, too big, not a scan or cannot
 * be opened, with a {@link ResultRefusedException} naming the file; {@link #page} renders one page as an
 * image for OCR.
 */
public final class ScanFile {

    /** The largest file accepted: a register book of a few hundred pages scanned at 300 dpi. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The most pages one file may hold. */
    public static final int MAX_PAGES = 500;
    /** PDF pages are rendered at the resolution archives are scanned at. */
    private static final float PDF_DPI = 200;

    private final String name;
    private final ScanFormat format;
    private final byte[] content;
    private final int pages;

    private ScanFile(String name, ScanFormat format, byte[] content, int pages) {
        this.name = name;
        this.format = format;
        this.content = content;
        this.pages = pages;
    }

    /** A file as uploaded, checked: refused when empty, over the limits, not a scan or unreadable. */
    public static ScanFile of(String name, byte[] content) {
        String shown = name == null || name.isBlank() ? "?" : name.strip();
        if (content.length == 0) {
            throw new ResultRefusedException("results.digitising.error.file-empty", shown);
        }
        if (content.length > MAX_BYTES) {
            throw new ResultRefusedException("results.digitising.error.file-too-big", shown, MAX_BYTES / (1024 * 1024));
        }
        ScanFormat format = ScanFormat.detect(content)
                .orElseThrow(() -> new ResultRefusedException("results.digitising.error.file-not-scan", shown));
        int pages;
        try {
            pages = count(format, content);
        } catch (IOException | RuntimeException e) {
            throw new ResultRefusedException("results.digitising.error.file-unreadable", shown);
        }
        if (pages == 0) {
            throw new ResultRefusedException("results.digitising.error.file-unreadable", shown);
        }
        if (pages > MAX_PAGES) {
            throw new ResultRefusedException("results.digitising.error.file-too-many-pages", shown, MAX_PAGES);
        }
        return new ScanFile(shown, format, content, pages);
    }

    /** A file as stored, already checked when it was uploaded. */
    static ScanFile stored(String name, ScanFormat format, byte[] content, int pages) {
        return new ScanFile(name, format, content, pages);
    }

    /** What is done with each page of a file, given its index (the first being 0) and its image. */
    public interface PageWork {
        void accept(int index, BufferedImage page);
    }

    /**
     * Hands the pages asked for, in the order given, to the work as images; a PDF is opened once for all
     * of them.
     */
    public void forEachPage(List<Integer> indexes, PageWork work) {
        for (int index : indexes) {
            if (index < 0 || index >= pages) {
                throw new IndexOutOfBoundsException("page " + index + " of " + pages);
            }
        }
        try {
            if (format == ScanFormat.PDF) {
                try (PDDocument document = Loader.loadPDF(content)) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    for (int index : indexes) {
                        work.accept(index, renderer.renderImageWithDPI(index, PDF_DPI, ImageType.RGB));
                    }
                }
            } else {
                withReader(reader -> {
                    for (int index : indexes) {
                        work.accept(index, reader.read(index));
                    }
                    return null;
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(ScanFormat format, byte[] content) throws IOException {
        return switch (format) {
            case PDF -> {
                try (PDDocument document = Loader.loadPDF(content)) {
                    yield document.getNumberOfPages();
                }
            }
            case TIFF -> new ScanFile("", format, content, 0).withReader(reader -> reader.getNumImages(true));
            case JPEG, PNG -> {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
                yield image == null ? 0 : 1;
            }
        };
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private <T> T withReader(ReaderWork<T> work) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        }
    }

    public String name() {
        return name;
    }

    public ScanFormat format() {
        return format;
    }

    public int pages() {
        return pages;
    }

    byte[] content() {
        return content;
    }

    @Override
    public String toString() {
        return "ScanFile[" + format + ", " + pages + " pages, " + content.length + " bytes]";
    }
}
