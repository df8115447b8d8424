package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvReader;
import org.dancu.civil.VietnameseText;
import org.dancu.register.RegisterLoader;
import org.dancu.register.RegisterTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegisterLoaderTests {

    @Autowired ApplicationContext context;
    @Autowired RegisterLoader loader;
    @Autowired JdbcClient jdbc;
    private Path files;

    @BeforeEach
    void load() throws IOException {
        files = RegisterTestData.ensureLoaded(context);
    }

    /**
     * Rows that came from the files: other tests register births, add persons and households and record events on
     * top of them.
     */
    private long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM register." + table + " WHERE " + switch (table) {
            case "person" -> "person_id <= " + RegisterTestData.PEOPLE;
            case "life_event" -> "source = 'csv-load'";
            // households founded later through the forms are headed by persons added after the load
            case "household" -> "head_person_id IS NULL OR head_person_id <= " + RegisterTestData.PEOPLE;
            default -> throw new IllegalArgumentException(table);
        }).query(Long.class).single();
    }

    private static long records(Path file) throws IOException {
        try (var reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return reader.stream().count() - 1;
        }
    }

    @Test
    void everyRowOfTheThreeFilesIsLoaded() throws IOException {
        assertThat(rows("person")).isEqualTo(records(files.resolve("persons.csv"))).isEqualTo(RegisterTestData.PEOPLE);
        assertThat(rows("household")).isEqualTo(records(files.resolve("households.csv"))).isPositive();
        assertThat(rows("life_event")).isEqualTo(records(files.resolve("events.csv"))).isPositive();
    }

    @Test
    void namesGetTheirAsciiKeyAndDatesTheirYear() {
        assertThat(jdbc.sql("SELECT full_name, name_key FROM register.person").query().listOfRows())
                .hasSizeGreaterThanOrEqualTo(RegisterTestData.PEOPLE)
                .allSatisfy(row -> assertThat(row.get("name_key"))
                        .isEqualTo(VietnameseText.asciiKey((String) row.get("full_name"))));
        assertThat(jdbc.sql("SELECT count(*) FROM register.person WHERE birth_year <> left(birth_date, 4)::int")
                .query(Long.class).single()).isZero();
    }

    @Test
    void particularsAreLoadedAndContactsOnlyAsCiphertext() {
        var loaded = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE religion IS NOT NULL) AS religions,
                               count(*) FILTER (WHERE nationality = 'VN') AS vietnamese,
                               count(*) FILTER (WHERE home_town IS NOT NULL) AS home_towns,
                               count(*) FILTER (WHERE father_name IS NOT NULL) AS fathers,
                               count(*) FILTER (WHERE phone_cipher IS NOT NULL) AS phones
                        FROM register.person WHERE person_id <= :people""")
                .param("people", RegisterTestData.PEOPLE).query().singleRow();
        assertThat((Long) loaded.get("religions")).isEqualTo(RegisterTestData.PEOPLE);
        assertThat((Long) loaded.get("vietnamese")).isEqualTo(RegisterTestData.PEOPLE);
        assertThat((Long) loaded.get("home_towns")).isPositive();
        assertThat((Long) loaded.get("fathers")).isPositive();
        assertThat((Long) loaded.get("phones")).isPositive();
        // a 10-digit number stored in the clear would show as its ASCII digits
        assertThat(jdbc.sql("SELECT count(*) FROM register.person WHERE encode(phone_cipher, 'escape') ~ '^0[0-9]{9}$'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void loadedEventsCarryWhatTheySetAndReplaced() {
        var move = jdbc.sql("""
                        SELECT sets ->> 'commune_code' AS set_to, replaced ->> 'commune_code' AS replaced,
                               commune_to, commune_from FROM register.life_event
                        WHERE type = 'MOVE_WITHIN' AND source = 'csv-load' ORDER BY event_id LIMIT 1""")
                .query().singleRow();
        assertThat(move.get("set_to")).isEqualTo(move.get("commune_to"));
        assertThat(move.get("replaced")).isEqualTo(move.get("commune_from"));
        assertThat(jdbc.sql("SELECT count(*) FROM register.life_event WHERE type = 'DEATH' AND sets ->> 'alive' <> 'false'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecondLoadIsRefusedAndChangesNothing() {
        long before = rows("person");
        assertThatThrownBy(() -> loader.load(files))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds persons");
        assertThat(rows("person")).isEqualTo(before);
    }

    @Test
    void aDirectoryWithoutTheFilesIsRefused(@TempDir Path empty) throws IOException {
        Files.copy(files.resolve("persons.csv"), empty.resolve("persons.csv"));
        long before = rows("household");
        assertThatThrownBy(() -> loader.load(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("households.csv not found");
        assertThat(rows("household")).isEqualTo(before);
    }
}
