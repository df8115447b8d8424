package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.LedgerSuperuser;
import org.dancu.audit.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application's role cannot rewrite the ledger, nobody can while triggers are on, and the
 * start-up guard sees through a role that could.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerPrivilegesTest {

    @Autowired AuditLedger ledger;
    @Autowired AuditTrail trail;
    @Autowired DataSource dataSource;

    private AuditRecord stored;

    @BeforeEach
    void recordOne() {
        String object = UUID.randomUUID().toString();
        ledger.record(new AuditEntry(Actor.staff("lan.nt"), "register.person.read", "person", object, null, null,
                Outcome.SUCCESS, "original"));
        stored = trail.findByObject("person", object, 1).get(0);
    }

    @Test
    void applicationRoleCannotUpdateDeleteOrTruncate() {
        JdbcClient app = JdbcClient.create(dataSource);
        for (String sql : List.of(
                "UPDATE audit.ledger SET detail = 'forged' WHERE seq = " + stored.seq(),
                "DELETE FROM audit.ledger WHERE seq = " + stored.seq(),
                "TRUNCATE audit.ledger",
                "DELETE FROM audit.chain_head",
                "INSERT INTO audit.chain_head (singleton, last_seq, last_hash) VALUES (false, 0, '\\x00')")) {
            assertThatThrownBy(() -> app.sql(sql).update())
                    .as(sql).rootCause().hasMessageContaining("permission denied");
        }
        assertUnchanged();
    }

    @Test
    void triggerRefusesEvenTheSuperuserWhileTriggersAreOn() {
        try (LedgerSuperuser superuser = LedgerSuperuser.honest(dataSource)) {
            assertThatThrownBy(() -> superuser.jdbc().sql("UPDATE audit.ledger SET detail = 'forged' WHERE seq = "
                    + stored.seq()).update()).rootCause().hasMessageContaining("append-only: UPDATE refused");
            assertThatThrownBy(() -> superuser.jdbc().sql("DELETE FROM audit.ledger WHERE seq = " + stored.seq())
                    .update()).rootCause().hasMessageContaining("append-only: DELETE refused");
            assertThatThrownBy(() -> superuser.jdbc().sql("TRUNCATE audit.ledger").update())
                    .rootCause().hasMessageContaining("append-only: TRUNCATE refused");
        }
        assertUnchanged();
    }

    @Test
    void guardAcceptsTheApplicationRoleAsSetUp() {
        assertThatCode(() -> new LedgerRoleGuard(JdbcClient.create(dataSource), false).run())
                .doesNotThrowAnyException();
    }

    @Test
    void guardRefusesARoleThatCouldRewriteTheLedgerUnlessAllowed() {
        try (LedgerSuperuser superuser = LedgerSuperuser.honest(dataSource)) {
            JdbcClient admin = superuser.jdbc();
            String password = UUID.randomUUID().toString();
            admin.sql("CREATE ROLE audit_guard_probe LOGIN PASSWORD '" + password + "'").update();
            try {
                admin.sql("GRANT USAGE ON SCHEMA audit TO audit_guard_probe").update();
                admin.sql("GRANT SELECT, UPDATE ON audit.ledger TO audit_guard_probe").update();
                JdbcClient probe = JdbcClient.create(
                        new DriverManagerDataSource(urlOf(dataSource), "audit_guard_probe", password));

                assertThatThrownBy(() -> new LedgerRoleGuard(probe, false).run())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("'audit_guard_probe' could rewrite the audit ledger "
                                + "audit.ledger (UPDATE)")
                        .hasMessageContaining("dancu.audit.allow-owner-role=true");
                assertThatCode(() -> new LedgerRoleGuard(probe, true).run()).doesNotThrowAnyException();

                assertThatThrownBy(() -> new LedgerRoleGuard(admin, false).run())
                        .hasMessageContaining("'postgres' could rewrite the audit ledger audit.ledger "
                                + "(superuser, owner, UPDATE, DELETE, TRUNCATE)");
            } finally {
                admin.sql("DROP OWNED BY audit_guard_probe").update();
                admin.sql("DROP ROLE audit_guard_probe").update();
            }
        }
    }

    private static String urlOf(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertUnchanged() {
        assertThat(trail.findByObject("person", stored.entry().objectId(), 5)).containsExactly(stored);
    }
}
