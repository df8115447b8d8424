package org.dancu.services.work;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dossiers with one leg each, written as rows for the queue and dossier-page tests (what the pages read),
 * and removed after. Codes are unique per test run.
 */
final class OpenLegs {

    private OpenLegs() {
    }

    /** A new dossier code no other test uses. */
    static String code() {
        return "011-HS-2026-T" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
    }

    /**
     * A dossier of the procedure with its one leg "main" in the status, handled by the commune's officers
     * ({@code agency} null) or an agency, due at {@code due}, assigned or not; received a day before it.
     */
    static String add(JdbcClient jdbc, String procedure, String applicant, String commune, String channel,
                      String agency, String status, Instant due, String assignee, Instant finished) {
        String code = code();
        Instant received = due.minusSeconds(5 * 86_400L);
        boolean open = finished == null;
        jdbc.sql("""
                        INSERT INTO services.dossier (code, version, procedure_code, channel, applicant_pin, commune_code,
                               status, received_at, declaration, components, closed_at)
                        VALUES (:code, 0, :procedure, :channel, :applicant, :commune, :status, :received, '{}', '[]',
                                :closed)""")
                .param("code", code).param("procedure", procedure).param("channel", channel)
                .param("applicant", applicant).param("commune", commune)
                .param("status", open ? (status.equals("SUSPENDED") ? "SUSPENDED" : "IN_PROGRESS")
                        : status.equals("COMPLETED") ? "COMPLETED" : "REFUSED")
                .param("received", Timestamp.from(received))
                .param("closed", finished == null ? null : Timestamp.from(finished)).update();
        jdbc.sql("""
                        INSERT INTO services.leg (dossier_code, leg_key, position, first_leg, procedure_code, channel,
                               commune_code, received_at, status, steps, handler_kind, agency_code, assignee, limit_amount,
                               limit_unit, started_at, due, suspended_on, finished_at)
                        VALUES (:code, 'main', 0, true, :procedure, :channel, :commune, :received, :status,
                                CAST(:steps AS jsonb), :kind, :agency, :assignee, 5, 'WORKING_DAYS', :received, :due,
                                CASE WHEN :status = 'SUSPENDED' THEN current_date END, :finished)""")
                .param("code", code).param("procedure", procedure).param("channel", channel).param("commune", commune)
                .param("received", Timestamp.from(received)).param("status", status)
                .param("steps", "[{\"kind\":\"" + (agency == null ? "COMMUNE" : "AGENCY") + "\",\"agencyCode\":"
                        + (agency == null ? "null" : "\"" + agency + "\"") + "}]")
                .param("kind", agency == null ? "COMMUNE" : "AGENCY").param("agency", agency)
                .param("assignee", assignee).param("due", Timestamp.from(due))
                .param("finished", finished == null ? null : Timestamp.from(finished)).update();
        jdbc.sql("INSERT INTO services.timeline (dossier_code, at, kind) VALUES (:code, :at, 'filed')")
                .param("code", code).param("at", Timestamp.from(received)).update();
        return code;
    }

    static void remove(JdbcClient jdbc, List<String> codes) {
        for (String table : List.of("timeline", "leg")) {
            jdbc.sql("DELETE FROM services." + table + " WHERE dossier_code IN (:codes)").param("codes", codes).update();
        }
        jdbc.sql("DELETE FROM services.dossier WHERE code IN (:codes)").param("codes", codes).update();
    }
}
