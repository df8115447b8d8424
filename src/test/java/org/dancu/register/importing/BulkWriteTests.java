package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.dancu.register.RegisterTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk writes into the register: a bulk write that fails or does not end changes nothing (the
 * import that is one is in {@link RegisterImportTests}), and the definitions it rebuilds hold.
 */
@SpringBootTest
class BulkWriteTests {

    private static final String DEFINITIONS = """
            SELECT 'index ' || indexrelid::regclass || ': ' || pg_get_indexdef(indexrelid) FROM pg_index
            WHERE indrelid IN ('register.person'::regclass, 'register.life_event'::regclass,
                               'register.person_name_word'::regclass)
            UNION ALL
            SELECT 'constraint ' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid IN ('register.person'::regclass, 'register.life_event'::regclass,
                               'register.person_name_word'::regclass)
            UNION ALL
            SELECT 'trigger ' || tgname || ': ' || pg_get_triggerdef(oid) FROM pg_trigger
            WHERE tgrelid = 'register.person'::regclass AND NOT tgisinternal
            ORDER BY 1""";

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @BeforeEach
    void load() throws Exception {
        RegisterTestData.ensureLoaded(context);
    }

    /**
     * Every index and constraint of the three tables a bulk write rebuilds, and the person table's
     * triggers (it drops the name-word insert trigger), as their definitions.
     */
    static List<String> definitions(JdbcClient jdbc) {
        return jdbc.sql(DEFINITIONS).query(String.class).list();
    }

    static long indexId(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT :name::regclass::oid").param("name", name).query(Long.class).single();
    }

    @Test
    void theLoadedRegisterHasEveryIndexAndConstraintItsMigrationsCreate() {
        // the test register was loaded as a bulk write: everything it dropped is back
        assertThat(definitions(jdbc)).extracting(definition -> definition.substring(0, definition.indexOf(':')))
                .containsExactlyInAnyOrder("index register.person_pkey", "index register.person_pin_key",
                        "index register.person_commune", "index register.person_household",
                        "index register.life_event_pkey", "index register.life_event_person",
                        "index register.person_name_word_year", "index register.person_name_word_person",
                        "index register.person_name_word_rank",
                        "constraint person_pkey",
                        "constraint person_pin_key", "constraint person_pin_check", "constraint person_sex_check",
                        "constraint person_household_id_fkey", "constraint life_event_pkey",
                        "constraint life_event_person_id_fkey", "constraint life_event_type",
                        "trigger person_name_words_added", "trigger person_name_words_changed",
                        "trigger person_name_words_removed", "trigger person_name_words_cleared");
    }

    @Test
    void aBulkWriteWhoseRowsBreakAConstraintFailsAtItsEndAndLeavesNothing() throws SQLException {
        List<String> before = definitions(jdbc);
        long communeIndex = indexId(jdbc, "register.person_commune");
        String taken = jdbc.sql("SELECT pin FROM register.person WHERE pin IS NOT NULL ORDER BY person_id LIMIT 1")
                .query(String.class).single();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // without its unique index during the bulk write the second holder of an ID goes in, until the end
            assertThatThrownBy(() -> BulkWrite.run(connection, () -> statement.execute("""
                    INSERT INTO register.person (pin, family_name, given_name, full_name, name_key, birth_date,
                        birth_year, sex, commune_code) VALUES ('%s', 'Lò', 'Twice', 'Lò Twice', 'lo twice', '1990', 1990,
                        'M', '03334')"""
                    .formatted(taken)))).isInstanceOf(SQLException.class).hasMessageContaining("person_pin_key");
            connection.rollback();
        }
        assertThat(definitions(jdbc)).isEqualTo(before);
        assertThat(indexId(jdbc, "register.person_commune")).isEqualTo(communeIndex);
        assertThat(jdbc.sql("SELECT count(*) FROM register.person WHERE pin = :pin").param("pin", taken)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aTransactionThatBeginsABulkWriteAndDoesNotEndItCannotCommit() throws SQLException {
        List<String> before = definitions(jdbc);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT register.begin_bulk_write()");
            assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class)
                    .hasMessageContaining("a bulk write into the register began but did not end");
        }
        assertThat(definitions(jdbc)).isEqualTo(before);
    }

    @Test
    void everyPersonWrittenHasATwelveDigitPinOrNone() {
        for (String pin : List.of("01108543831", "0110854383190", "01108543831a", "01108543831٣",
                "01108543831\n", " 01108543831")) {
            assertThatThrownBy(() -> jdbc.sql("""
                    INSERT INTO register.person (pin, family_name, given_name, full_name, name_key, birth_date,
                        birth_year, sex, commune_code) VALUES (:pin, 'Lò', 'Pin', 'Lò Pin', 'lo pin', '1990', 1990, 'M',
                        '03334')""").param("pin", pin).update()).as(pin).hasMessageContaining("person_pin_check");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM register.person WHERE full_name = 'Lò Pin'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void noOtherRoleMayBeginOrEndABulkWrite() {
        assertThat(jdbc.sql("""
                SELECT p.proname || ' to ' || CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END
                FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                WHERE p.proname IN ('begin_bulk_write', 'end_bulk_write', 'drop_bulk_write_definitions')
                  AND a.grantee <> p.proowner
                ORDER BY 1""").query(String.class).list())
                .containsExactly("begin_bulk_write to dancu_app", "end_bulk_write to dancu_app");
    }
}
