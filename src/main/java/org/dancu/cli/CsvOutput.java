package org.dancu.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a result file whole or not at all: rows go to a temporary file beside the target, which
 * then replaces it, so a failure never leaves half a file behind.
 */
final class CsvOutput {

    interface Rows {
        void write(BufferedWriter out) throws IOException;
    }

    private CsvOutput() {
    }

    static void write(Path target, List<String> header, Rows rows) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".dancu-", ".csv.part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write(String.join(",", header));
                out.write('\n');
                rows.write(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The value quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The output's directory must exist: checked before any work starts. */
    static void checkTarget(String option, Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("--" + option + " " + target + " is a directory, not a file");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--" + option + " " + target + ": its directory does not exist");
        }
    }
}
