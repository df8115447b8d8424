package org.dancu.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to run the ledger while the application's own database role could rewrite it: if it
 * holds UPDATE, DELETE or TRUNCATE on the ledger, or owns it (an owner can grant those back to
 * itself and switch the append-only trigger off), or is a superuser. That is the usual result of
 * one role doing both migrations and the application's work.
 */
final class LedgerRoleGuard implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(LedgerRoleGuard.class);
    private static final String POWERS = """
            SELECT current_user AS role,
                   has_table_privilege('audit.ledger', 'UPDATE') AS may_update,
                   has_table_privilege('audit.ledger', 'DELETE') AS may_delete,
                   has_table_privilege('audit.ledger', 'TRUNCATE') AS may_truncate,
                   pg_has_role(c.relowner, 'MEMBER') AS owns,
                   (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser
              FROM pg_class c
             WHERE c.oid = 'audit.ledger'::regclass
            """;

    private final JdbcClient jdbc;
    private final boolean allowOwnerRole;

    LedgerRoleGuard(JdbcClient jdbc, boolean allowOwnerRole) {
        this.jdbc = jdbc;
        this.allowOwnerRole = allowOwnerRole;
    }

    @Override
    public void run() {
        Powers powers = jdbc.sql(POWERS).query(Powers.class).single();
        List<String> found = powers.describe();
        if (found.isEmpty()) {
            return;
        }
        String problem = "The application's database role '" + powers.role()
                + "' could rewrite the audit ledger audit.ledger (" + String.join(", ", found) + ").";
        if (allowOwnerRole) {
            log.warn("{} Accepted because dancu.audit.allow-owner-role=true; "
                    + "the hash chain is then the only protection.", problem);
            return;
        }
        throw new IllegalStateException(problem + " Connect the application with a role of its own "
                + "(DANCU_DB_USER) and run migrations as the owner (DANCU_DB_OWNER_USER), "
                + "or set dancu.audit.allow-owner-role=true to accept this knowingly (see docs/audit.md).");
    }

    record Powers(String role, boolean mayUpdate, boolean mayDelete, boolean mayTruncate, boolean owns,
                  boolean superuser) {

        /** The powers that let the role rewrite the ledger, e.g. "owner, UPDATE". */
        List<String> describe() {
            List<String> found = new ArrayList<>();
            if (superuser) {
                found.add("superuser");
            }
            if (owns) {
                found.add("owner");
            }
            if (mayUpdate) {
                found.add("UPDATE");
            }
            if (mayDelete) {
                found.add("DELETE");
            }
            if (mayTruncate) {
                found.add("TRUNCATE");
            }
            return found;
        }
    }
}
