package org.dancu.payments.programmes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Vnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programmes and the versions of their rules, as a collection: each version in force from its day until
 * the next one's. A version an administrator recorded is never overwritten by the bundled file.
 */
@Repository
class ProgrammeVersions {

    enum Origin { BUNDLED, EDITED }

    /** A version as the administrator's page lists it. */
    record Version(ProgrammeRule rule, Origin origin, String recordedBy, Instant recordedAt) {
    }

    private static final String PROGRAMME = "p.code, p.kind, p.family, p.name_vi, p.name_en, p.paying_agency";
    private static final String RULE = "v.effective_from, v.standard_level, v.monthly_amount, v.fixed_amount, "
            + "v.pay_months, v.pay_date, v.cut_off_day, v.minimum_age, v.maximum_age, v.legal_basis, v.source";

    private final JdbcClient jdbc;

    ProgrammeVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme with its rule in force on the day. */
    Optional<Programme> inForce(ProgrammeCode code, LocalDate on) {
        return jdbc.sql("SELECT " + PROGRAMME + ", " + RULE + " FROM payments.programme p "
                        + "JOIN payments.programme_version v ON v.programme_code = p.code "
                        + "WHERE p.code = ? AND v.effective_from <= ? ORDER BY v.effective_from DESC LIMIT 1")
                .params(code.value(), on).query(this::programme).optional();
    }

    /** Every programme with a rule in force on the day, by code. */
    List<Programme> allInForce(LocalDate on) {
        return jdbc.sql("SELECT DISTINCT ON (p.code) " + PROGRAMME + ", " + RULE + " FROM payments.programme p "
                        + "JOIN payments.programme_version v ON v.programme_code = p.code "
                        + "WHERE v.effective_from <= ? ORDER BY p.code, v.effective_from DESC")
                .param(on).query(this::programme).list();
    }

    /** Every programme with its latest rule (in force or not yet), by code: the administrator's list. */
    List<Programme> latest() {
        return jdbc.sql("SELECT DISTINCT ON (p.code) " + PROGRAMME + ", " + RULE + " FROM payments.programme p "
                        + "JOIN payments.programme_version v ON v.programme_code = p.code "
                        + "ORDER BY p.code, v.effective_from DESC")
                .query(this::programme).list();
    }

    /** Every version of a programme's rule, the latest day first; empty for an unknown programme. */
    List<Version> history(ProgrammeCode code) {
        return jdbc.sql("SELECT " + RULE + ", v.origin, v.recorded_by, v.recorded_at FROM payments.programme_version v "
                        + "WHERE v.programme_code = ? ORDER BY v.effective_from DESC")
                .param(code.value())
                .query((rs, row) -> new Version(rule(rs), Origin.valueOf(rs.getString("origin")),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Adds or refreshes a bundled programme's names, kind and paying agency. */
    void putProgramme(ProgrammeEntry entry) {
        jdbc.sql("INSERT INTO payments.programme (code, kind, family, name_vi, name_en, paying_agency) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
                        + "family = excluded.family, name_vi = excluded.name_vi, name_en = excluded.name_en, "
                        + "paying_agency = excluded.paying_agency")
                .params(entry.code(), entry.kind().name(), entry.family().name(), entry.nameVi(), entry.nameEn(),
                        entry.payingAgency())
                .update();
    }

    /** Adds or refreshes a bundled version; an administrator's version of the same day stays. */
    void putBundled(ProgrammeCode code, ProgrammeRule rule, Instant at) {
        put(code, rule, Origin.BUNDLED, "system", at, "WHERE v.origin = 'BUNDLED'");
    }

    /** Adds an administrator's version, or replaces the one from the same day. */
    void addEdited(ProgrammeCode code, ProgrammeRule rule, String administrator, Instant at) {
        put(code, rule, Origin.EDITED, administrator, at, "");
    }

    private void put(ProgrammeCode code, ProgrammeRule rule, Origin origin, String by, Instant at, String onlyWhere) {
        ProgrammeEntry.RuleEntry figures = ProgrammeEntry.RuleEntry.of(rule);
        jdbc.sql("INSERT INTO payments.programme_version AS v (programme_code, effective_from, standard_level, "
                        + "monthly_amount, fixed_amount, pay_months, pay_date, cut_off_day, minimum_age, maximum_age, "
                        + "legal_basis, source, origin, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?::smallint[], ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (programme_code, effective_from) DO UPDATE SET "
                        + "standard_level = excluded.standard_level, monthly_amount = excluded.monthly_amount, "
                        + "fixed_amount = excluded.fixed_amount, pay_months = excluded.pay_months, "
                        + "pay_date = excluded.pay_date, cut_off_day = excluded.cut_off_day, "
                        + "minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, "
                        + "legal_basis = excluded.legal_basis, source = excluded.source, origin = excluded.origin, "
                        + "recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at " + onlyWhere)
                .params(code.value(), rule.effectiveFrom(), figures.standardLevel(), figures.monthlyAmount(),
                        figures.fixedAmount(), figures.payMonths().stream().map(String::valueOf)
                                .collect(Collectors.joining(",", "{", "}")),
                        rule.payDate(), rule.cutOffDay(), rule.minimumAge(), rule.maximumAge(), rule.legalBasis(),
                        rule.source(), origin.name(), by, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    private Programme programme(ResultSet rs, int row) throws SQLException {
        return new Programme(new ProgrammeCode(rs.getString("code")), ProgrammeKind.valueOf(rs.getString("kind")),
                ProgrammeFamily.valueOf(rs.getString("family")), rs.getString("name_vi"), rs.getString("name_en"),
                rs.getString("paying_agency"), rule(rs));
    }

    private static ProgrammeRule rule(ResultSet rs) throws SQLException {
        Array months = rs.getArray("pay_months");
        return new ProgrammeRule(rs.getObject("effective_from", LocalDate.class), vnd(rs, "standard_level"),
                vnd(rs, "monthly_amount"), vnd(rs, "fixed_amount"),
                Arrays.stream((Object[]) months.getArray()).map(m -> Month.of(((Number) m).intValue()))
                        .collect(Collectors.toCollection(TreeSet::new)),
                rs.getObject("pay_date", LocalDate.class), rs.getInt("cut_off_day"),
                rs.getObject("minimum_age", Integer.class), rs.getObject("maximum_age", Integer.class),
                rs.getString("legal_basis"), rs.getString("source"));
    }

    private static Vnd vnd(ResultSet rs, String column) throws SQLException {
        Long dong = rs.getObject(column, Long.class);
        return dong == null ? null : Vnd.of(dong);
    }
}
