package org.dancu.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads REGISTER.csv and RECORDS.csv (UTF-8, header row, columns in any order, unknown columns
 * ignored). The id column and {@code full_name} are required; a file without them, one that cannot
 * be read, a blank or repeated id is an {@link InvalidFileException} naming the file and the line.
 */
public final class RecordCsv {

    /** Which file: its id column. */
    public enum Kind {
        REGISTER("person_id"), RECORDS("record_id");

        private final String idColumn;

        Kind(String idColumn) {
            this.idColumn = idColumn;
        }

        public String idColumn() {
            return idColumn;
        }
    }

    /** A file that cannot be used as it is; the message says why, without personal data. */
    public static final class InvalidFileException extends RuntimeException {
        public InvalidFileException(String message) {
            super(message);
        }
    }

    private RecordCsv() {
    }

    public static List<PersonRecord> read(Path file, Kind kind) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidFileException(file + ": not a readable file");
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            var rows = reader.iterator();
            if (!rows.hasNext()) {
                throw new InvalidFileException(file + ": empty, a header row is required");
            }
            Map<String, Integer> columns = header(rows.next());
            for (String required : List.of(kind.idColumn, "full_name")) {
                if (!columns.containsKey(required)) {
                    throw new InvalidFileException(file + ": the header has no column '" + required + "'");
                }
            }
            int[] at = positions(columns);
            List<PersonRecord> records = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            while (rows.hasNext()) {
                CsvRecord row = rows.next();
                if (row.getFieldCount() == 1 && row.getField(0).isBlank()) {
                    continue;
                }
                String id = field(row, columns.get(kind.idColumn));
                long line = row.getStartingLineNumber();
                if (id.isEmpty()) {
                    throw new InvalidFileException(file + ", line " + line + ": " + kind.idColumn + " is empty");
                }
                if (!ids.add(id)) {
                    throw new InvalidFileException(file + ", line " + line + ": " + kind.idColumn + " " + id
                            + " appears twice");
                }
                records.add(new PersonRecord(id, field(row, at[0]), field(row, at[1]), field(row, at[2]),
                        field(row, at[3]), field(row, at[4]), field(row, at[5]), field(row, at[6]),
                        field(row, at[7]), field(row, at[8]), field(row, at[9])));
            }
            return records;
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw new InvalidFileException(file + ": cannot be read as CSV (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Map<String, Integer> header(CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
        }
        return columns;
    }

    private static int[] positions(Map<String, Integer> columns) {
        String[] names = {"full_name", "pin", "old_id", "birth_date", "sex", "commune_code", "address", "ethnicity",
            "father_name", "mother_name"};
        int[] at = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            at[i] = columns.getOrDefault(names[i], -1);
        }
        return at;
    }

    private static String field(CsvRecord row, Integer index) {
        return index == null || index < 0 || index >= row.getFieldCount() ? "" : row.getField(index).strip();
    }
}
