package org.dancu.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams one sheet of an XLSX workbook, cells as the officer sees them: text as typed (leading
 * zeros kept), numbers without an added ".0", dates in the Vietnamese day/month/year order, and a
 * number formatted with zero padding ("000000000000") padded again. The first rows are held back
 * to look for TCVN3 letters typed in a .VnTime font.
 */
final class XlsxTabularReader implements TabularReader {

    private static final int SAMPLE_ROWS = 200;
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final byte[] ENCRYPTED = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rowIterator;
    private final TabularLimits limits;
    private final Deque<TabularRow> held = new ArrayDeque<>();
    private final List<String> header;
    private final Decoding decoding;
    private long rows;

    XlsxTabularReader(Path file, String sheetName, TabularLimits limits) throws IOException {
        this.limits = limits;
        checkContainer(file);
        XlsxPackageCheck.check(file, limits);
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = sheetName == null || sheetName.isBlank() ? workbook.getFirstSheet()
                    : workbook.findSheet(sheetName.strip()).orElseThrow(
                            () -> new TabularException("tabular.error.sheet-missing", sheetName.strip()));
            this.stream = sheet.openStream();
            this.rowIterator = stream.iterator();
        } catch (IOException | RuntimeException e) {
            if (e instanceof TabularException tabular) {
                throw tabular;
            }
            throw new TabularException("tabular.error.xlsx-corrupt", e);
        }
        TabularRow first = readRow();
        if (first == null) {
            throw new TabularException("tabular.error.empty");
        }
        StringBuilder sample = new StringBuilder();
        first.cells().forEach(cell -> sample.append(cell).append(' '));
        while (held.size() < SAMPLE_ROWS && sample.length() < SAMPLE_CHARS) {
            TabularRow row = readRow();
            if (row == null) {
                break;
            }
            held.add(row);
            row.cells().forEach(cell -> sample.append(cell).append(' '));
        }
        this.decoding = EncodingDetector.ofText(sample.toString(), TextEncoding.SPREADSHEET, false);
        this.header = first.cells().stream().map(this::text).map(String::strip).toList();
    }

    /** Refuses, with a reason the officer can act on, what is not an XLSX package at all. */
    private static void checkContainer(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            // an encrypted XLSX is an OLE2 compound file holding an "EncryptedPackage" stream
            throw new TabularException(contains(file, ENCRYPTED) ? "tabular.error.xlsx-encrypted" : "tabular.error.xls");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new TabularException("tabular.error.xlsx-corrupt");
        }
    }

    private static boolean contains(Path file, byte[] pattern) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (bytes[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public Decoding decoding() {
        return decoding;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TabularRow next() {
        TabularRow row = held.isEmpty() ? readRow() : held.poll();
        if (row == null) {
            return null;
        }
        if (++rows > limits.maxRows()) {
            throw new TabularException("tabular.error.too-many-rows", limits.maxRows());
        }
        return new TabularRow(row.line(), row.cells().stream().map(this::text).toList(), header.size());
    }

    private String text(String cell) {
        return new EncodingDetector.Detected(StandardCharsets.UTF_8, 0, decoding).text(cell);
    }

    @Override
    public long rowsRead() {
        return rows;
    }

    private TabularRow readRow() {
        try {
            while (rowIterator.hasNext()) {
                Row row = rowIterator.next();
                if (row.getCellCount() > limits.maxColumns()) {
                    throw new TabularException("tabular.error.too-many-columns", row.getRowNum(), limits.maxColumns());
                }
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    String value = row.getOptionalCell(i).map(XlsxTabularReader::shown).orElse("");
                    if (value.length() > limits.maxCellLength()) {
                        throw new TabularException("tabular.error.cell-too-long", row.getRowNum(), i + 1,
                                limits.maxCellLength());
                    }
                    cells.add(value);
                }
                TabularRow read = new TabularRow(row.getRowNum(), cells);
                if (!read.isBlank()) {
                    return read;
                }
            }
            return null;
        } catch (TabularException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TabularException("tabular.error.xlsx-corrupt", e);
        }
    }

    private static String shown(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String number(Cell cell) {
        String format = cell.getDataFormatString();
        Integer id = cell.getDataFormatId();
        DateTimeFormatter date = dateFormat(id, format);
        if (date != null) {
            LocalDateTime value = cell.asDate();
            return value == null ? "" : date.format(value);
        }
        String plain = new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
        if (format != null && format.matches("0{2,}") && plain.matches("[0-9]+") && plain.length() < format.length()) {
            return "0".repeat(format.length() - plain.length()) + plain;
        }
        return plain;
    }

    /** The order a date-formatted cell is shown in, or null when the format is not a date. */
    private static DateTimeFormatter dateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 17 || id == 22)) {
            return id == 17 ? MONTH : id == 22 ? DAY_TIME : DAY;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return null;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        boolean day = bare.contains("d");
        boolean year = bare.contains("y");
        if (!day && !year) {
            return null;
        }
        if (bare.contains("h")) {
            return DAY_TIME;
        }
        return day ? DAY : bare.contains("m") ? MONTH : DateTimeFormatter.ofPattern("yyyy");
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
