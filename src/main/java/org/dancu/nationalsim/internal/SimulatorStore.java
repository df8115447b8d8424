package org.dancu.nationalsim.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.dancu.national.NationalChange;
import org.dancu.national.NationalField;
import org.dancu.national.NationalPerson;
import org.dancu.national.NationalProtocol;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated nation in its own schema: one row per person with the fields the national
 * database answers about, and the change feed. Disagreements with the province register are made
 * while loading, from a hash of each ID and the seed, so the same seed gives the same nation.
 */
final class SimulatorStore {

    /** Kinds of deliberate disagreement, each given the same share of persons. */
    enum Disagreement { NAME, BIRTH_DATE, COMMUNE, DEAD, UNKNOWN }

    private static final String FIELDS = "full_name, birth_date, sex, commune_code, address, alive, death_date";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    SimulatorStore(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.json = json;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    void create() {
        jdbc.sql("""
                CREATE SCHEMA IF NOT EXISTS national_sim;
                CREATE TABLE IF NOT EXISTS national_sim.person (
                    person_no bigint NOT NULL UNIQUE, pin text PRIMARY KEY, full_name text NOT NULL,
                    birth_date text NOT NULL, sex text NOT NULL, commune_code text NOT NULL, address text,
                    alive boolean NOT NULL, death_date text, disagreement text);
                CREATE TABLE IF NOT EXISTS national_sim.change (
                    sequence bigserial PRIMARY KEY, pin text NOT NULL, kind text NOT NULL,
                    effective_date text NOT NULL, changes jsonb NOT NULL);
                CREATE TABLE IF NOT EXISTS national_sim.assignment (
                    request_key text PRIMARY KEY, pin text NOT NULL)""").update();
    }

    boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM national_sim.person)").query(Boolean.class).single();
    }

    /** Loads persons.csv of the synthetic generator, a {@code share} of them disagreeing with it. */
    void load(Path personsCsv, long seed, double share) throws IOException, SQLException {
        List<String> columns;
        try (BufferedReader in = Files.newBufferedReader(personsCsv)) {
            columns = Arrays.asList(in.readLine().split(","));
        }
        jdbc.sql("DROP TABLE IF EXISTS national_sim.staging; CREATE UNLOGGED TABLE national_sim.staging ("
                + columns.stream().map(c -> c + " text").collect(Collectors.joining(", ")) + ")").update();
        try (Connection connection = dataSource.getConnection();
             Reader in = Files.newBufferedReader(personsCsv, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY national_sim.staging FROM STDIN (FORMAT csv, HEADER true)", in);
        }
        long part = Math.round(share * 10_000 / Disagreement.values().length);
        jdbc.sql("""
                WITH communes AS (SELECT array_agg(DISTINCT commune_code ORDER BY commune_code) AS codes
                                  FROM national_sim.staging),
                     s AS (SELECT s.*, row_number() OVER (ORDER BY s.person_id::bigint) AS no,
                                  coalesce(CASE (hashtextextended(s.pin, :seed) & 9223372036854775807) % 10000 / :part
                                      WHEN 0 THEN 'NAME' WHEN 1 THEN 'BIRTH_DATE' WHEN 2 THEN 'COMMUNE'
                                      WHEN 3 THEN CASE WHEN s.alive = 'true' THEN 'DEAD' END
                                      WHEN 4 THEN 'UNKNOWN' END, 'NONE') AS kind
                           FROM national_sim.staging s WHERE s.pin <> '')
                INSERT INTO national_sim.person (person_no, pin, full_name, birth_date, sex, commune_code, address,
                                                 alive, death_date, disagreement)
                SELECT no, pin,
                       CASE WHEN kind <> 'NAME' THEN full_name
                            WHEN middle_name <> '' THEN family_name || ' ' || given_name ELSE full_name || 'h' END,
                       CASE WHEN kind <> 'BIRTH_DATE' THEN birth_date
                            WHEN birth_date ~ '^[0-9]{4}-' THEN (birth_date::date + 1)::text
                            ELSE (birth_date::int + 1)::text END,
                       sex,
                       CASE WHEN kind = 'COMMUNE'
                            THEN codes[array_position(codes, commune_code) % cardinality(codes) + 1]
                            ELSE commune_code END,
                       address, kind <> 'DEAD' AND alive = 'true',
                       CASE WHEN kind = 'DEAD' THEN :asOf ELSE nullif(death_date, '') END, nullif(kind, 'NONE')
                FROM s, communes WHERE kind <> 'UNKNOWN'""")
                .param("seed", seed).param("part", Math.max(part, 1))
                .param("asOf", org.dancu.synth.SyntheticPopulation.AS_OF.toString()).update();
        jdbc.sql("DROP TABLE national_sim.staging").update();
    }

    /** The count of persons holding each kind of disagreement (UNKNOWN ones are absent, so not counted). */
    Map<String, Long> disagreements() {
        return jdbc.sql("SELECT disagreement, count(*) FROM national_sim.person WHERE disagreement IS NOT NULL"
                        + " GROUP BY disagreement")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM national_sim.person").query(Long.class).single();
    }

    /** The persons holding these IDs, by ID; unknown IDs are absent. */
    Map<String, NationalPerson> find(Collection<String> pins) {
        return jdbc.sql("SELECT pin, " + FIELDS + " FROM national_sim.person WHERE pin = ANY(:pins)")
                .param("pins", pins.toArray(String[]::new))
                .query(SimulatorStore::person).list().stream()
                .collect(Collectors.toMap(NationalPerson::pin, p -> p));
    }

    /** The living person numbered {@code number} (1 … highest number), if any. */
    Optional<NationalPerson> living(long number) {
        return jdbc.sql("SELECT pin, " + FIELDS + " FROM national_sim.person WHERE person_no = :no AND alive")
                .param("no", number).query(SimulatorStore::person).optional();
    }

    /** Living persons without a deliberate disagreement whose hash with {@code salt} falls below the share. */
    List<NationalPerson> sample(long salt, double share) {
        return jdbc.sql("SELECT pin, " + FIELDS + " FROM national_sim.person WHERE alive AND disagreement IS NULL"
                        + " AND (hashtextextended(pin, :salt) & 9223372036854775807) % 10000 < :limit ORDER BY person_no")
                .param("salt", salt).param("limit", Math.round(share * 10_000))
                .query(SimulatorStore::person).list();
    }

    List<String> communes() {
        return jdbc.sql("SELECT DISTINCT commune_code FROM national_sim.person ORDER BY 1").query(String.class).list();
    }

    long highestNumber() {
        return jdbc.sql("SELECT coalesce(max(person_no), 0) FROM national_sim.person").query(Long.class).single();
    }

    /** Appends a change to the feed and applies it to the person (a birth adds the person). */
    void record(String pin, String kind, String effectiveDate, Map<NationalField, String> values) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO national_sim.change (pin, kind, effective_date, changes)"
                            + " VALUES (:pin, :kind, :date, :changes::jsonb)")
                    .param("pin", pin).param("kind", kind).param("date", effectiveDate)
                    .param("changes", json.writeValueAsString(NationalProtocol.names(values))).update();
            if (kind.equals("BIRTH")) {
                jdbc.sql("INSERT INTO national_sim.person (person_no, pin, full_name, birth_date, sex, commune_code,"
                                + " address, alive) SELECT coalesce(max(person_no), 0) + 1, :pin, :name, :born, :sex,"
                                + " :commune, :address, true FROM national_sim.person")
                        .param("pin", pin).param("name", values.get(NationalField.FULL_NAME))
                        .param("born", values.get(NationalField.BIRTH_DATE)).param("sex", values.get(NationalField.SEX))
                        .param("commune", values.get(NationalField.COMMUNE_CODE))
                        .param("address", values.get(NationalField.ADDRESS)).update();
                return;
            }
            values.forEach((field, value) -> jdbc.sql("UPDATE national_sim.person SET " + column(field) + " = "
                            + (field == NationalField.ALIVE ? ":value::boolean" : ":value") + " WHERE pin = :pin")
                    .param("value", value).param("pin", pin).update());
        });
    }

    /**
     * The personal ID given for {@code requestKey}, or a new one for the newborn (unused in the
     * nation, agreeing with sex and birth day), recorded as a BIRTH in the feed with the child.
     */
    String assign(String requestKey, Map<NationalField, String> newborn, RandomGenerator random) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", requestKey).query().singleRow();
            Optional<String> given = jdbc.sql("SELECT pin FROM national_sim.assignment WHERE request_key = :key")
                    .param("key", requestKey).query(String.class).optional();
            if (given.isPresent()) {
                return given.get();
            }
            LocalDate born = LocalDate.parse(newborn.get(NationalField.BIRTH_DATE));
            boolean female = newborn.get(NationalField.SEX).equals("F");
            String pin;
            do {
                pin = SimulatedChanges.newbornPin(born, female, random.nextInt(1_000_000));
            } while (!find(List.of(pin)).isEmpty());
            jdbc.sql("INSERT INTO national_sim.assignment (request_key, pin) VALUES (:key, :pin)")
                    .param("key", requestKey).param("pin", pin).update();
            Map<NationalField, String> values = new EnumMap<>(newborn);
            values.put(NationalField.ALIVE, "true");
            record(pin, "BIRTH", born.toString(), values);
            return pin;
        });
    }

    private static String column(NationalField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static NationalPerson person(ResultSet rs, int row) throws SQLException {
        Map<NationalField, String> fields = new EnumMap<>(NationalField.class);
        for (NationalField field : NationalField.values()) {
            // PostgreSQL's text form of a boolean is t/f; the protocol speaks true/false
            String value = field == NationalField.ALIVE ? Boolean.toString(rs.getBoolean(column(field)))
                    : rs.getString(column(field));
            if (value != null) {
                fields.put(field, value);
            }
        }
        return new NationalPerson(rs.getString("pin"), fields);
    }

    List<NationalChange> changes(long since, int limit) {
        return jdbc.sql("SELECT sequence, pin, kind, effective_date, changes::text FROM national_sim.change"
                        + " WHERE sequence > :since ORDER BY sequence LIMIT :limit")
                .param("since", since).param("limit", limit)
                .query((rs, i) -> new NationalChange(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), NationalProtocol.texts(json.readTree(rs.getString(5)))))
                .list();
    }
}
