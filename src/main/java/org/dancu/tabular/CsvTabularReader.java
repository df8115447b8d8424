package org.dancu.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Streams a CSV file: encoding detected on its first 64 KiB, delimiter sniffed from its first lines. */
final class CsvTabularReader implements TabularReader {

    static final int SAMPLE_BYTES = 64 * 1024;
    private static final String DELIMITERS = ",;\t";
    private static final int SNIFF_LINES = 20;

    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final EncodingDetector.Detected detected;
    private final TabularLimits limits;
    private final List<String> header;
    private long rows;

    CsvTabularReader(InputStream in, TabularLimits limits) throws IOException {
        this.limits = limits;
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        boolean complete = sample.length < SAMPLE_BYTES;
        this.detected = EncodingDetector.detect(sample, complete);
        var decoder = detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        InputStream all = new SequenceInputStream(
                new ByteArrayInputStream(sample, detected.skip(), sample.length - detected.skip()), in);
        char delimiter = sniff(new String(sample, detected.skip(), sample.length - detected.skip(),
                detected.charset()));
        this.csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(all, decoder));
        this.records = csv.iterator();
        CsvRecord first = nextRecord();
        if (first == null) {
            throw new TabularException("tabular.error.empty");
        }
        List<String> names = new ArrayList<>();
        for (String field : cells(first)) {
            names.add(field.strip());
        }
        this.header = List.copyOf(names);
    }

    /** The candidate that splits the first lines into the same, largest number of fields. */
    static char sniff(String sample) {
        String[] lines = sample.split("\r?\n", SNIFF_LINES + 1);
        int usable = Math.min(lines.length, SNIFF_LINES);
        if (usable > 1 && lines.length <= SNIFF_LINES) {
            usable--; // the last piece may be cut
        }
        char best = ',';
        double bestScore = 0;
        for (char candidate : DELIMITERS.toCharArray()) {
            int first = count(lines[0], candidate);
            if (first == 0) {
                continue;
            }
            int agreeing = 0;
            for (int i = 0; i < Math.max(usable, 1); i++) {
                agreeing += count(lines[i], candidate) == first ? 1 : 0;
            }
            double score = (double) agreeing / Math.max(usable, 1) * 1000 + first;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int count(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Decoding decoding() {
        return detected.decoding();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TabularRow next() {
        CsvRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        if (++rows > limits.maxRows()) {
            throw new TabularException("tabular.error.too-many-rows", limits.maxRows());
        }
        return new TabularRow(record.getStartingLineNumber(), cells(record), header.size());
    }

    @Override
    public long rowsRead() {
        return rows;
    }

    private CsvRecord nextRecord() {
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (!record.getFields().stream().allMatch(String::isBlank)) {
                    return record;
                }
            }
            return null;
        } catch (CsvParseException e) {
            throw new TabularException("tabular.error.csv-syntax", e, rows + 1);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new TabularException("tabular.error.malformed-text", e,
                        detected.decoding().encoding().name().replace('_', '-'));
            }
            throw new TabularException("tabular.error.unreadable", e);
        }
    }

    private List<String> cells(CsvRecord record) {
        if (record.getFieldCount() > limits.maxColumns()) {
            throw new TabularException("tabular.error.too-many-columns", record.getStartingLineNumber(),
                    limits.maxColumns());
        }
        List<String> cells = new ArrayList<>(record.getFieldCount());
        for (int i = 0; i < record.getFieldCount(); i++) {
            String field = record.getField(i);
            if (field.length() > limits.maxCellLength()) {
                throw new TabularException("tabular.error.cell-too-long", record.getStartingLineNumber(), i + 1,
                        limits.maxCellLength());
            }
            cells.add(detected.text(field));
        }
        return cells;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
