package org.dancu.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams CSV rows (comma-separated, "\n" line ends, quotes only where a field needs them)
 * to a large buffer, without formatting or regular expressions per row.
 */
final class CsvSink implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private boolean rowStarted;
    private long rows;

    CsvSink(Path file, String... header) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
        for (String column : header) {
            field(column);
        }
        out.write('\n');
        rowStarted = false;
    }

    CsvSink field(String value) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
        return this;
    }

    CsvSink field(long value) throws IOException {
        return field(Long.toString(value));
    }

    void endRow() throws IOException {
        out.write('\n');
        rowStarted = false;
        rows++;
    }

    long rows() {
        return rows;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
