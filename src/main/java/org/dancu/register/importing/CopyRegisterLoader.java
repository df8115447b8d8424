package org.dancu.register.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.NoSuchElementException;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.dancu.civil.PartialDate;
import org.dancu.civil.ParseResult;
import org.dancu.civil.VietnameseText;
import org.dancu.register.LoadSummary;
import org.dancu.register.RegisterLoader;
import org.dancu.register.internal.ContactCipher;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the CSV files with COPY. Households and events are copied as they are into temporary
 * staging tables and moved over with SQL; persons pass through Java because their search key is
 * {@link VietnameseText#asciiKey}, which SQL cannot reproduce.
 */
@Component
class CopyRegisterLoader implements RegisterLoader {

    static final String PERSONS = "persons.csv";
    static final String HOUSEHOLDS = "households.csv";
    static final String EVENTS = "events.csv";
    private static final String SOURCE = "csv-load";
    private static final int BATCH_CHARS = 1 << 16;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ContactCipher cipher;
    private final JdbcClient jdbc;

    CopyRegisterLoader(DataSource dataSource, TransactionTemplate transaction, ContactCipher cipher, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cipher = cipher;
    }

    @Override
    public boolean registerEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM register.person)").query(Boolean.class).single();
    }

    @Override
    public LoadSummary load(Path directory) {
        for (String file : new String[] {PERSONS, HOUSEHOLDS, EVENTS}) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                throw new IllegalArgumentException(file + " not found in " + directory);
            }
        }
        return transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return copy(connection, directory);
            } catch (SQLException e) {
                throw new IllegalArgumentException("register files rejected: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private LoadSummary copy(Connection connection, Path directory) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
             var existing = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM register.person)")) {
            existing.next();
            if (existing.getBoolean(1)) {
                throw new IllegalStateException("the register already holds persons; only an empty one is loaded");
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long households = copyHouseholds(connection, copy, directory.resolve(HOUSEHOLDS));
        return BulkWrite.run(connection, () -> {
            long persons = copyPersons(copy, directory.resolve(PERSONS));
            long events = copyEvents(connection, copy, directory.resolve(EVENTS));
            LoadedHistory.derive(connection);
            return new LoadSummary(persons, households, events);
        });
    }

    private static long copyHouseholds(Connection connection, CopyManager copy, Path file)
            throws SQLException, IOException {
        execute(connection, """
                CREATE TEMP TABLE household_csv (household_id bigint, head_person_id bigint, commune_code text,
                    current_commune_code text, address text, size integer) ON COMMIT DROP""");
        stage(copy, "household_csv", file);
        return execute(connection, """
                INSERT INTO register.household (household_id, head_person_id, commune_code, current_commune_code,
                    address)
                SELECT household_id, head_person_id, commune_code, current_commune_code, address
                FROM household_csv""");
    }

    private static long copyEvents(Connection connection, CopyManager copy, Path file)
            throws SQLException, IOException {
        execute(connection, """
                CREATE TEMP TABLE event_csv (event_id bigint, person_id bigint, pin text, household_id bigint,
                    type text, effective_date date, commune_from text, commune_to text, other_province text)
                    ON COMMIT DROP""");
        stage(copy, "event_csv", file);
        return execute(connection, """
                INSERT INTO register.life_event (event_id, person_id, type, effective_date, commune_from,
                    commune_to, other_province, source)
                SELECT event_id, person_id, type, effective_date, commune_from, commune_to, other_province, '"""
                + SOURCE + "' FROM event_csv");
    }

    /** HEADER MATCH makes PostgreSQL refuse a file whose columns are not the expected ones. */
    private static void stage(CopyManager copy, String table, Path file) throws SQLException, IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER match)", reader);
        }
    }

    private long copyPersons(CopyManager copy, Path file) throws SQLException, IOException {
        CopyIn in = copy.copyIn("""
                COPY register.person (person_id, pin, old_id, family_name, middle_name, given_name, full_name,
                    name_key, birth_date, birth_year, sex, ethnicity, commune_code, current_commune_code, address,
                    household_id, relation_to_head, father_pin, father_name, mother_pin, mother_name, spouse_pin,
                    spouse_name, marital_status, alive, death_date, resident, religion, nationality, home_town,
                    birth_registration_place, phone_cipher, email_cipher) FROM STDIN (FORMAT csv)""");
        CsvLine line = new CsvLine();
        StringBuilder batch = new StringBuilder(BATCH_CHARS + 1024);
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                batch.append(personLine(line, row));
                if (batch.length() >= BATCH_CHARS) {
                    write(in, batch);
                }
            }
            write(in, batch);
            return in.endCopy();
        } catch (RuntimeException e) {
            if (in.isActive()) {
                in.cancelCopy();
            }
            throw e instanceof NoSuchElementException
                    ? new IllegalArgumentException(PERSONS + ": " + e.getMessage(), e) : e;
        }
    }

    private String personLine(CsvLine line, NamedCsvRecord row) {
        String fullName = row.getField("full_name");
        long personId = Long.parseLong(row.getField("person_id"));
        ParseResult<PartialDate, PartialDate.Invalid> birth = PartialDate.parse(row.getField("birth_date"));
        if (!birth.isValid()) {
            throw new IllegalArgumentException(PERSONS + " line " + row.getStartingLineNumber()
                    + ": birth_date " + birth.describe());
        }
        return line.field(personId).field(row.getField("pin")).field(row.getField("old_id"))
                .field(row.getField("family_name")).field(row.getField("middle_name"))
                .field(row.getField("given_name")).field(fullName).field(VietnameseText.asciiKey(fullName))
                .field(birth.value()).field(birth.value().year()).field(row.getField("sex"))
                .field(row.getField("ethnicity")).field(row.getField("commune_code"))
                .field(row.getField("current_commune_code")).field(row.getField("address"))
                .field(row.getField("household_id")).field(row.getField("relation_to_head"))
                .field(row.getField("father_pin")).field(optional(row, "father_name"))
                .field(row.getField("mother_pin")).field(optional(row, "mother_name"))
                .field(row.getField("spouse_pin")).field(optional(row, "spouse_name"))
                .field(row.getField("marital_status"))
                .field(row.getField("alive")).field(row.getField("death_date")).field(row.getField("resident"))
                .field(optional(row, "religion")).field(nationality(row))
                .field(optional(row, "home_town")).field(optional(row, "birth_registration_place"))
                .field(bytea(cipher.encrypt(personId, optional(row, "phone"))))
                .field(bytea(cipher.encrypt(personId, optional(row, "email"))))
                .end();
    }

    /** Columns added to the synth layout later are optional, so files written before them still load. */
    private static String optional(NamedCsvRecord row, String column) {
        return row.findField(column).orElse("");
    }

    /** Vietnamese unless the file says otherwise. */
    private static String nationality(NamedCsvRecord row) {
        String nationality = optional(row, "nationality");
        return nationality.isBlank() ? "VN" : nationality;
    }

    /** PostgreSQL's hex input form of bytea. */
    private static String bytea(byte[] value) {
        return value == null ? null : "\\x" + HexFormat.of().formatHex(value);
    }

    private static void write(CopyIn in, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    private static long execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }
}
