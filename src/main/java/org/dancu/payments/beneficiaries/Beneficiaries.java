package org.dancu.payments.beneficiaries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentStateException;
import org.dancu.payments.ProgrammeCode;
import org.dancu.register.PersonMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions' beneficiaries, as a collection: add a line, find one, save what changed (publishing the
 * events it registered, in the saving transaction), and the candidates the linkage engine proposed for a line
 * an officer reviews. Lists for the pages are read by {@link BeneficiaryListQuery}.
 */
@Repository
class Beneficiaries {

    /** A register person the engine proposed for a line, with its probability. */
    record Candidate(int rank, long personId, Pin pin, double probability) {
    }

    private static final String SELECT = "SELECT id, version, programme_code, pin, claimed_pin, claimed_name, "
            + "claimed_birth, commune_code, coefficient, months, decision_ref, decision_date, starts_on, status, "
            + "status_reason, channel, entered_by, entered_at FROM payments.beneficiary";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Beneficiaries(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores a line just entered; a line of the same programme, decision and name is already there is refused.
     *
     * @return the line as stored, with its id
     */
    @Transactional
    Beneficiary add(Beneficiary beneficiary) {
        DecisionLine line = beneficiary.line();
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO payments.beneficiary (version, programme_code, claimed_pin, claimed_name,
                            claimed_birth, commune_code, coefficient, months, decision_ref, decision_date, starts_on,
                            status, channel, entered_by, entered_at)
                        VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (programme_code, decision_ref, claimed_name) DO NOTHING RETURNING id""")
                .params(line.programme().value(), line.claimedPin(), line.claimedName(), line.claimedBirth(),
                        line.communeCode(), line.coefficient(), line.months(), line.decisionRef(), line.decisionDate(),
                        line.startsOn(), beneficiary.status().name(), line.channel().name(), beneficiary.enteredBy(),
                        beneficiary.enteredAt().atOffset(ZoneOffset.UTC))
                .query(Long.class).optional();
        return findById(id.orElseThrow(() -> new PaymentStateException("payments.beneficiaries.refused.duplicate"))).orElseThrow();
    }

    Optional<Beneficiary> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::beneficiary).optional();
    }

    /** Stores the line's link, status and reason if nobody changed it meanwhile, and publishes its events. */
    @Transactional
    void save(Beneficiary beneficiary) {
        int updated = jdbc.sql("UPDATE payments.beneficiary SET version = version + 1, pin = ?, commune_code = ?, "
                        + "status = ?, status_reason = ? WHERE id = ? AND version = ?")
                .params(beneficiary.pin() == null ? null : beneficiary.pin().value(), beneficiary.communeCode(),
                        beneficiary.status().name(), beneficiary.statusReason(), beneficiary.id(),
                        beneficiary.version())
                .update();
        if (updated == 0) {
            throw new PaymentStateException("payments.beneficiaries.refused.changed");
        }
        beneficiary.events().forEach(events::publishEvent);
        beneficiary.clearEvents();
    }

    /** Keeps the engine's candidates for a line sent to review, best first. */
    void keepCandidates(long beneficiaryId, List<PersonMatch.Candidate> candidates) {
        for (int rank = 0; rank < candidates.size(); rank++) {
            PersonMatch.Candidate candidate = candidates.get(rank);
            jdbc.sql("INSERT INTO payments.beneficiary_candidate (beneficiary_id, rank, person_id, pin, probability) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(beneficiaryId, rank + 1, candidate.personId(),
                            candidate.pin() == null ? null : candidate.pin().value(), candidate.probability())
                    .update();
        }
    }

    /** The candidates kept for a line, best first. */
    List<Candidate> candidates(long beneficiaryId) {
        return jdbc.sql("SELECT rank, person_id, pin, probability FROM payments.beneficiary_candidate "
                        + "WHERE beneficiary_id = ? ORDER BY rank")
                .param(beneficiaryId)
                .query((rs, row) -> new Candidate(rs.getInt("rank"), rs.getLong("person_id"),
                        rs.getString("pin") == null ? null : Pin.parse(rs.getString("pin")).toOptional().orElse(null),
                        rs.getDouble("probability")))
                .list();
    }

    private Beneficiary beneficiary(ResultSet rs, int row) throws SQLException {
        ProgrammeCode programme = new ProgrammeCode(rs.getString("programme_code"));
        DecisionLine line = new DecisionLine(programme, rs.getString("claimed_pin"), rs.getString("claimed_name"),
                rs.getString("claimed_birth"), rs.getString("commune_code"), rs.getBigDecimal("coefficient"),
                rs.getObject("months", Integer.class), rs.getString("decision_ref"),
                rs.getObject("decision_date", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
                PayChannel.valueOf(rs.getString("channel")));
        String pin = rs.getString("pin");
        return new Beneficiary(rs.getLong("id"), rs.getLong("version"), programme, line,
                pin == null ? null : Pin.parse(pin).toOptional().orElseThrow(), rs.getString("commune_code"),
                BeneficiaryStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
    }
}
