package org.dancu.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens tabular files for reading and streams for writing. */
public final class Tabular {

    private Tabular() {
    }

    /**
     * Opens a file and reads its header; the rows follow one at a time.
     *
     * @param sheet the XLSX sheet to read, or null for the first; ignored for CSV
     * @throws TabularException when the file is beyond the limits, not of the format, or its text
     *                          cannot be decoded (the key names the reason)
     */
    public static TabularReader open(Path file, TabularFormat format, String sheet, TabularLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new TabularException("tabular.error.too-large", limits.maxBytes() >> 20);
            }
            if (format == TabularFormat.XLSX) {
                return new XlsxTabularReader(file, sheet, limits);
            }
            InputStream in = Files.newInputStream(file);
            try {
                return new CsvTabularReader(in, limits);
            } catch (RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw new TabularException("tabular.error.unreadable", e);
        }
    }

    /** Detects the encoding of a CSV file without reading more than its first 64 KiB. */
    public static Decoding detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(CsvTabularReader.SAMPLE_BYTES);
            return EncodingDetector.detect(sample, sample.length < CsvTabularReader.SAMPLE_BYTES).decoding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A writer of the given format to the stream, the header row already written. CSV is UTF-8
     * with a byte-order mark (without it Excel shows Vietnamese as mojibake) and CRLF line ends.
     *
     * @param sheet the XLSX sheet name; ignored for CSV
     */
    public static TabularWriter writer(OutputStream out, TabularFormat format, List<Column> columns, String sheet) {
        return format == TabularFormat.XLSX ? new XlsxTabularWriter(out, columns, sheet)
                : new CsvTabularWriter(out, columns);
    }
}
