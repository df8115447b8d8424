package org.dancu.services.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The versions of the catalogue's procedures, as a collection: each in effect from its day until the next one's. */
@Repository
class ProcedureVersions {

    enum Origin { BUNDLED, EDITED }

    /** A version as the administrator's page lists it. */
    record Version(CatalogueEntry entry, Origin origin, String recordedBy, Instant recordedAt) {
    }

    private static final String COLUMNS = "definition::text AS definition, origin, recorded_by, recorded_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The version in effect on the day. */
    Optional<CatalogueEntry> inEffect(String code, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services.procedure_version WHERE code = ? AND effective_from <= ? "
                        + "ORDER BY effective_from DESC LIMIT 1")
                .params(code, on).query(this::version).optional().map(Version::entry);
    }

    /** The version of each procedure in effect on the day, the essential ones first in their order. */
    List<CatalogueEntry> allInEffect(LocalDate on) {
        return jdbc.sql("SELECT * FROM (SELECT DISTINCT ON (code) essential_number, code, " + COLUMNS
                        + " FROM services.procedure_version WHERE effective_from <= ? ORDER BY code, effective_from DESC) v "
                        + "ORDER BY essential_number NULLS LAST, code")
                .param(on).query(this::version).list().stream().map(Version::entry).toList();
    }

    /** Every version of a procedure, the latest day first. */
    List<Version> history(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services.procedure_version WHERE code = ? ORDER BY effective_from DESC")
                .param(code).query(this::version).list();
    }

    /** Adds an administrator's version, or replaces the one from the same day. */
    void addEdited(CatalogueEntry entry, String administrator, Instant at) {
        jdbc.sql("INSERT INTO services.procedure_version AS v (code, effective_from, essential_number, definition, origin, "
                        + "recorded_by, recorded_at) VALUES (?, ?, ?, ?::jsonb, 'EDITED', ?, ?) "
                        + "ON CONFLICT (code, effective_from) DO UPDATE SET definition = excluded.definition, "
                        + "origin = 'EDITED', recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at")
                .params(entry.code(), entry.effectiveFrom(), entry.essential(), json.writeValueAsString(entry),
                        administrator, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Adds or refreshes a bundled version; an administrator's version of the same day stays. */
    void putBundled(CatalogueEntry entry, Instant at) {
        jdbc.sql("INSERT INTO services.procedure_version AS v (code, effective_from, essential_number, definition, origin, "
                        + "recorded_by, recorded_at) VALUES (?, ?, ?, ?::jsonb, 'BUNDLED', 'system', ?) "
                        + "ON CONFLICT (code, effective_from) DO UPDATE SET definition = excluded.definition, "
                        + "essential_number = excluded.essential_number, recorded_at = excluded.recorded_at "
                        + "WHERE v.origin = 'BUNDLED'")
                .params(entry.code(), entry.effectiveFrom(), entry.essential(), json.writeValueAsString(entry),
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }

    private Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Version(json.readValue(rs.getString("definition"), CatalogueEntry.class),
                Origin.valueOf(rs.getString("origin")), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
