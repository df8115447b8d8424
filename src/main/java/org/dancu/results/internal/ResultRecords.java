package org.dancu.results.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.ParcelRef;
import org.dancu.results.Provenance;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's results, as a collection: number new ones, add them, find one by code or public id,
 * a holder's, save a status change. Adding and saving publish the events the result registered, in
 * the same transaction. Lists for the officers' pages are read by {@code ResultListQuery}.
 */
@Repository
public class ResultRecords {

    private static final String SELECT = """
            SELECT r.code, r.public_id, r.type, r.agency_code, r.officer, r.legal_basis, r.dossier_code, r.fields,
                   r.parcel_commune, r.parcel_map_sheet, r.parcel_number, r.provenance, r.status, r.successor,
                   r.revocation_reason, r.issued_at, r.status_changed_at, r.hash, r.key_id, r.status_index,
                   r.canonical, r.offline_text, r.commune_code, r.status_changed_by,
                   ARRAY(SELECT h.pin FROM results.result_holder h WHERE h.code = r.code ORDER BY h.position)
              FROM results.result r""";
    private static final TypeReference<List<ResultField>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ResultInsertQuery inserts;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ResultRecords(JdbcClient jdbc, ResultInsertQuery inserts, ApplicationEventPublisher events, JsonMapper json) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.events = events;
        this.json = json;
    }

    /** The next running numbers of {@code count} result codes (never reused; a failed issue leaves gaps). */
    public List<Long> nextNumbers(int count) {
        return jdbc.sql("SELECT nextval('results.code_number') FROM generate_series(1, :count)").param("count", count)
                .query(Long.class).list();
    }

    /** Stores newly issued results (their rows in one batch, their holders' in another) and publishes what they registered. */
    @Transactional
    public void addAll(List<Result> results) {
        inserts.insert(results);
        results.forEach(this::publish);
    }

    public Optional<Result> find(ResultCode code) {
        return jdbc.sql(SELECT + " WHERE r.code = :code").param("code", code.value()).query(this::result).optional();
    }

    public Optional<Result> findByPublicId(String publicId) {
        return jdbc.sql(SELECT + " WHERE r.public_id = :id").param("id", publicId).query(this::result).optional();
    }

    /** A holder's results, newest first. */
    public List<Result> ofHolder(Pin holder) {
        return jdbc.sql(SELECT + " WHERE r.code IN (SELECT h.code FROM results.result_holder h WHERE h.pin = :pin)"
                        + " ORDER BY r.issued_at DESC, r.code DESC")
                .param("pin", holder.value()).query(this::result).list();
    }

    /** Stores the result's status and publishes the events it registered. */
    @Transactional
    public void save(Result result) {
        IssuedResult r = result.view();
        jdbc.sql("""
                        UPDATE results.result SET status = :status, successor = :successor, revocation_reason = :reason,
                               status_changed_at = :at, status_changed_by = :by
                         WHERE code = :code""")
                .param("status", r.status().name())
                .param("successor", r.successor() == null ? null : r.successor().value())
                .param("reason", r.revocationReason())
                .param("at", r.statusChangedAt() == null ? null : Timestamp.from(r.statusChangedAt()))
                .param("by", result.changedBy()).param("code", r.code().value()).update();
        publish(result);
    }

    private void publish(Result result) {
        result.events().forEach(events::publishEvent);
        result.clearEvents();
    }

    private Result result(ResultSet rs, int row) throws SQLException {
        String parcelCommune = rs.getString(9);
        String successor = rs.getString(14);
        Timestamp changed = rs.getTimestamp(17);
        List<Pin> holders = Arrays.stream((String[]) rs.getArray(25).getArray()).map(Pin::of).toList();
        IssuedResult view = new IssuedResult(new ResultCode(rs.getString(1)), rs.getString(2),
                ResultType.valueOf(rs.getString(3)), holders, rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), json.readValue(rs.getString(8), FIELDS),
                parcelCommune == null ? null : new ParcelRef(parcelCommune, rs.getString(10), rs.getString(11)),
                Provenance.valueOf(rs.getString(12)), ResultStatus.valueOf(rs.getString(13)),
                successor == null ? null : new ResultCode(successor), rs.getString(15),
                rs.getTimestamp(16).toInstant(), changed == null ? null : changed.toInstant(), rs.getBytes(18),
                rs.getString(19), rs.getInt(20));
        return new Result(view, new SealedRecord(rs.getBytes(21), rs.getString(22)), rs.getString(23), rs.getString(24));
    }
}
