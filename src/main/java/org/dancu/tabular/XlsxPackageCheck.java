package org.dancu.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Bounds what a workbook unpacks to before any XML parser sees it. A few hundred kilobytes of XLSX can hold one
 * cell of hundreds of megabytes (the text compresses a thousandfold), and a parser would hold the whole cell in
 * memory before the cell limit could refuse it. The sheets and the shared strings are inflated as a stream and
 * scanned for the longest stretch without a tag delimiter: no cell within the limit, escaped as XML, is longer.
 */
final class XlsxPackageCheck {

    /** Bytes of XML one character of a cell may take: four in UTF-8, more as an entity such as {@code &amp;}. */
    static final int BYTES_PER_CHARACTER = 6;
    /** How many times the file's own size limit the checked parts may unpack to. */
    static final int UNPACKED_FACTOR = 4;
    private static final int BUFFER = 64 * 1024;

    private XlsxPackageCheck() {
    }

    static void check(Path file, TabularLimits limits) throws IOException {
        long longestRun = (long) limits.maxCellLength() * BYTES_PER_CHARACTER + 1024;
        long unpackedLimit = limits.maxBytes() * UNPACKED_FACTOR;
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (holdsCells(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        unpacked = scan(in, longestRun, unpacked, unpackedLimit, limits);
                    }
                }
            }
        } catch (ZipException e) {
            throw new TabularException("tabular.error.xlsx-corrupt", e);
        }
    }

    private static boolean holdsCells(String name) {
        return name.equals("xl/sharedStrings.xml") || (name.startsWith("xl/worksheets/") && name.endsWith(".xml"));
    }

    private static long scan(InputStream in, long longestRun, long unpackedBefore, long unpackedLimit,
                             TabularLimits limits) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long unpacked = unpackedBefore;
        long run = 0;
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            unpacked += read;
            if (unpacked > unpackedLimit) {
                throw new TabularException("tabular.error.xlsx-unpacks-too-large", unpackedLimit >> 20);
            }
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                run = b == '<' || b == '>' ? 0 : run + 1;
                if (run > longestRun) {
                    throw new TabularException("tabular.error.xlsx-cell-too-long", limits.maxCellLength());
                }
            }
        }
        return unpacked;
    }
}
