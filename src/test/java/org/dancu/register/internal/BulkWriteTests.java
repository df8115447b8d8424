package org.dancu.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk writes into the register: the indexes and constraints come back exactly as they were, the
 * rows are searchable, and a bulk write that fails or does not end changes nothing.
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
            ORDER BY 1""";

    @Autowired ApplicationContext context;
    @Autowired RegisterImports imports;
    @Autowired ImportJobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    private ImportFixtures fixtures;
    private final RegisterImports.Officer officer = new RegisterImports.Officer("bulk.tester",
            new Scope(ImportFixtures.MUONG_THANH, null), Actor.staff("bulk.tester"), "127.0.0.1");

    @BeforeEach
    void load() throws Exception {
        RegisterTestData.ensureLoaded(context);
        fixtures = new ImportFixtures(jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.removeImported();
    }

    private List<String> definitions() {
        return jdbc.sql(DEFINITIONS).query(String.class).list();
    }

    private long indexId(String name) {
        return jdbc.sql("SELECT :name::regclass::oid").param("name", name).query(Long.class).single();
    }

    @Test
    void anImportThatAtLeastDoublesTheRegisterRebuildsItsIndexesAsTheyWere() {
        List<String> before = definitions();
        long communeIndex = indexId("register.person_commune");
        long present = jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single();
        StringBuilder csv = new StringBuilder("Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã xã\n");
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < present; i++) {
            String pin = fixtures.pin(1960 + i % 50, 'F');
            pins.add(pin);
            csv.append(pin).append(",Mùa Thị Dợ Bulk,").append(1960 + i % 50).append(",Nữ,03334\n");
        }
        ImportJob job = imports.upload(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "bulk.csv", null, officer);
        assertThat(jobs.start(job.jobId(), List.of(ImportJob.Status.UPLOADED), ImportJob.Status.APPLYING, "test",
                job.mapping(), true, false)).isTrue();
        imports.runApply(job.jobId(), officer);

        ImportJob applied = jobs.find(job.jobId()).orElseThrow();
        assertThat(applied.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(applied.rowsAdded()).isEqualTo(present);
        assertThat(indexId("register.person_commune")).as("rebuilt, not kept").isNotEqualTo(communeIndex);
        assertThat(definitions()).isEqualTo(before);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT w.person_id) FROM register.person_name_word w
                JOIN register.person p USING (person_id) WHERE w.words LIKE 'do bulk%' AND p.pin IN (:pins)""")
                .param("pins", pins).query(Long.class).single()).isEqualTo(present);
    }

    @Test
    void aBulkWriteWhoseRowsBreakAConstraintFailsAtItsEndAndLeavesNothing() throws SQLException {
        List<String> before = definitions();
        long communeIndex = indexId("register.person_commune");
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
        assertThat(definitions()).isEqualTo(before);
        assertThat(indexId("register.person_commune")).isEqualTo(communeIndex);
        assertThat(jdbc.sql("SELECT count(*) FROM register.person WHERE pin = :pin").param("pin", taken)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aTransactionThatBeginsABulkWriteAndDoesNotEndItCannotCommit() throws SQLException {
        List<String> before = definitions();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT register.begin_bulk_write()");
            assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class)
                    .hasMessageContaining("a bulk write into the register began but did not end");
        }
        assertThat(definitions()).isEqualTo(before);
    }

    @Test
    void noOtherRoleMayBeginOrEndABulkWrite() {
        assertThat(jdbc.sql("""
                SELECT p.proname || ' to ' || CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END
                FROM pg_proc p, aclexplode(p.proacl) a
                WHERE p.proname IN ('begin_bulk_write', 'end_bulk_write') AND a.grantee <> p.proowner
                ORDER BY 1""").query(String.class).list())
                .containsExactly("begin_bulk_write to dancu_app", "end_bulk_write to dancu_app");
    }
}
