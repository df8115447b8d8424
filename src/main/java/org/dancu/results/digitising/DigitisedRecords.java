package org.dancu.results.digitising;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dancu.results.ResultCode;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digitised records, as a collection: add one read from a page, find one within an officer's
 * scope, save what changed. Saving checks the record was not changed meanwhile (two digitisers saving
 * at once) and publishes the events it registered, in the saving transaction.
 */
@Repository
class DigitisedRecords {

    private static final String SELECT = "SELECT r.record_id, r.page_id, r.batch_id, r.commune_code, r.record_type,"
            + " r.state, r.reasons, r.first_by, r.second_by, r.resolved_by, r.checked_by, r.corrected, r.sampled,"
            + " r.result_code, r.version FROM results.digitising_record r";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DigitisedRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a record just read; returns its id. */
    @Transactional
    long add(DigitisedRecord record) {
        if (record.id() != null) {
            throw new IllegalArgumentException("record " + record.id() + " is already stored");
        }
        long id = jdbc.sql("""
                        INSERT INTO results.digitising_record (page_id, batch_id, commune_code, record_type, state, reasons,
                               corrected, sampled, updated_at)
                        VALUES (:page, :batch, :commune, :type, :state, :reasons, :corrected, :sampled, now())
                        RETURNING record_id""")
                .param("page", record.pageId()).param("batch", record.batchId())
                .param("commune", record.communeCode()).param("type", record.type().name())
                .param("state", record.state().name()).param("reasons", reasons(record))
                .param("corrected", record.corrected()).param("sampled", record.sampled())
                .query(Long.class).single();
        List<RecordField> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            RecordField field = fields.get(i);
            jdbc.sql("""
                            INSERT INTO results.digitising_field (record_id, position, name, read_value, confidence, final_value)
                            VALUES (:id, :position, :name, :read, :confidence, :settled)""")
                    .param("id", id).param("position", i).param("name", field.name()).param("read", field.read())
                    .param("confidence", field.confidence()).param("settled", field.settled()).update();
        }
        return id;
    }

    /** The record, if it is one of a commune the scope reaches. */
    Optional<DigitisedRecord> find(Scope scope, long id) {
        SqlCondition inScope = scope.communes("r.commune_code");
        return inScope.bind(jdbc.sql(SELECT + " WHERE r.record_id = :id AND" + inScope.sql()))
                .param("id", id).query((rs, i) -> record(rs)).optional();
    }

    /** A record by its id, for the reading job, which works for no officer. */
    DigitisedRecord byId(long id) {
        return jdbc.sql(SELECT + " WHERE r.record_id = :id").param("id", id).query((rs, i) -> record(rs)).single();
    }

    /** Stores the record's state and fields and publishes the events it registered. */
    @Transactional
    void save(DigitisedRecord record) {
        int updated = jdbc.sql("""
                        UPDATE results.digitising_record SET state = :state, reasons = :reasons, first_by = :first,
                               second_by = :second, resolved_by = :resolved, checked_by = :checked, corrected = :corrected,
                               sampled = :sampled, result_code = :code, updated_at = now(), version = version + 1
                        WHERE record_id = :id AND version = :version""")
                .param("state", record.state().name()).param("reasons", reasons(record))
                .param("first", record.firstBy()).param("second", record.secondBy())
                .param("resolved", record.resolvedBy()).param("checked", record.checkedBy())
                .param("corrected", record.corrected()).param("sampled", record.sampled())
                .param("code", record.resultCode() == null ? null : record.resultCode().value())
                .param("id", record.id()).param("version", record.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("digitised record " + record.id() + " changed meanwhile");
        }
        List<RecordField> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            RecordField field = fields.get(i);
            jdbc.sql("""
                            UPDATE results.digitising_field SET first_value = :first, second_value = :second,
                                   final_value = :settled
                            WHERE record_id = :id AND position = :position""")
                    .param("first", field.first()).param("second", field.second()).param("settled", field.settled())
                    .param("id", record.id()).param("position", i).update();
        }
        record.events().forEach(events::publishEvent);
        record.clearEvents();
    }

    private static String[] reasons(DigitisedRecord record) {
        return record.reasons().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private DigitisedRecord record(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        List<RecordField> fields = jdbc.sql("""
                        SELECT name, read_value, confidence, first_value, second_value, final_value
                        FROM results.digitising_field WHERE record_id = :id ORDER BY position""")
                .param("id", id)
                .query((f, i) -> new RecordField(f.getString(1), f.getString(2), f.getDouble(3), f.getString(4),
                        f.getString(5), f.getString(6)))
                .list();
        Array reasons = rs.getArray(7);
        Set<EntryReason> entryReasons = Arrays.stream((String[]) reasons.getArray()).map(EntryReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryReason.class)));
        String code = rs.getString(14);
        return new DigitisedRecord(id, rs.getLong(2), rs.getLong(3), rs.getString(4),
                RecordType.valueOf(rs.getString(5)), RecordState.valueOf(rs.getString(6)), entryReasons, fields,
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getBoolean(13), code == null ? null : ResultCode.parse(code), rs.getInt(15));
    }
}
