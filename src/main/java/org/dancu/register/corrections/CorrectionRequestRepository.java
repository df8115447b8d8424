package org.dancu.register.corrections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.register.CorrectionState;
import org.dancu.register.internal.PersonFieldsJson;
import org.dancu.security.SqlCondition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' correction requests, as a collection: add a new one, find one (locked for a decision,
 * when the caller may see it), save what changed. Adding and saving publish the events the request
 * registered, in the same transaction. The officers' list is read by {@link CorrectionWorkListQuery}.
 */
@Repository
class CorrectionRequestRepository {

    /** The request's columns, with its person's ID and permanent commune, as {@link #request} reads them. */
    static final String COLUMNS = "r.request_id, r.person_id, p.pin, p.commune_code, r.proposed::text,"
            + " r.recorded::text, r.explanation, r.language, r.submitted_at, r.status, r.decided_at, r.decided_by,"
            + " r.reason";
    /** The requests ({@code r}) with their persons ({@code p}). */
    static final String FROM = " FROM register.correction_request r JOIN register.person p ON p.person_id = r.person_id";
    static final String SELECT = "SELECT " + COLUMNS + FROM;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CorrectionRequestRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a new request and publishes that it was made; returns its id. */
    @Transactional
    long add(CorrectionRequest request) {
        long id = jdbc.sql("""
                        INSERT INTO register.correction_request (person_id, proposed, recorded, explanation, language,
                            status, submitted_at)
                        VALUES (:person, CAST(:proposed AS jsonb), CAST(:recorded AS jsonb), :explanation, :language,
                            :status, :at)
                        RETURNING request_id""")
                .param("person", request.personId())
                .param("proposed", PersonFieldsJson.write(request.proposed()))
                .param("recorded", PersonFieldsJson.write(request.recorded()))
                .param("explanation", request.explanation())
                .param("language", request.language().getLanguage())
                .param("status", request.state().name())
                .param("at", Timestamp.from(request.submittedAt()))
                .query(Long.class).single();
        request.stored(id);
        publish(request);
        return id;
    }

    Optional<CorrectionRequest> findById(long id) {
        return jdbc.sql(SELECT + " WHERE r.request_id = :id").param("id", id).query((rs, i) -> request(rs)).optional();
    }

    /**
     * The request when the condition (on {@code p}, the person, and {@code r}) lets the caller see it,
     * locked until the transaction ends, so two decisions on one request queue up and the second finds
     * it decided.
     */
    Optional<CorrectionRequest> lock(long id, SqlCondition visible) {
        return visible.bind(jdbc.sql(SELECT + " WHERE r.request_id = :id AND" + visible.sql() + "FOR UPDATE OF r"))
                .param("id", id).query((rs, i) -> request(rs)).optional();
    }

    /** The person's requests, newest first. */
    List<CorrectionRequest> ofPerson(long personId) {
        return jdbc.sql(SELECT + " WHERE r.person_id = :person ORDER BY r.submitted_at DESC, r.request_id DESC")
                .param("person", personId).query((rs, i) -> request(rs)).list();
    }

    /** How many of the person's requests are open. */
    int openOf(long personId) {
        return jdbc.sql("SELECT count(*) FROM register.correction_request WHERE person_id = :person"
                        + " AND status = 'SUBMITTED'")
                .param("person", personId).query(Integer.class).single();
    }

    /** Stores the request's decision and publishes the events it registered. */
    @Transactional
    void save(CorrectionRequest request) {
        jdbc.sql("""
                        UPDATE register.correction_request
                        SET status = :status, decided_at = :at, decided_by = :by, reason = :reason
                        WHERE request_id = :id""")
                .param("status", request.state().name())
                .param("at", request.decidedAt() == null ? null : Timestamp.from(request.decidedAt()))
                .param("by", request.decidedBy())
                .param("reason", request.reason())
                .param("id", request.id())
                .update();
        publish(request);
    }

    private void publish(CorrectionRequest request) {
        request.events().forEach(events::publishEvent);
        request.clearEvents();
    }

    static CorrectionRequest request(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp(11);
        return new CorrectionRequest(rs.getLong(1), rs.getLong(2), Pin.parse(rs.getString(3)).value(),
                rs.getString(4), PersonFieldsJson.read(rs.getString(5)), PersonFieldsJson.read(rs.getString(6)),
                rs.getString(7), Locale.forLanguageTag(rs.getString(8)), rs.getTimestamp(9).toInstant(),
                CorrectionState.valueOf(rs.getString(10)), decided == null ? null : decided.toInstant(),
                rs.getString(12), rs.getString(13));
    }
}
