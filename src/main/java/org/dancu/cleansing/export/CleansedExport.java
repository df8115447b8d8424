package org.dancu.cleansing.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.cleansing.SectorField;
import org.dancu.cleansing.datasets.Dataset;
import org.dancu.cleansing.datasets.RecordScope;
import org.dancu.cleansing.datasets.StoredRecord;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.dancu.tabular.Column;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dataset's records within the officer's scope, written through tabular's formula-safe writer
 * and audited before the first byte leaves. {@link Kind#CLEANSED}: every record with the register's
 * values filled in and each criterion's verdict; {@link Kind#FIELDWORK}: the records someone must go
 * and see (no match, review not done or rejected, incomplete), with the reasons.
 */
@Service
public class CleansedExport {

    public enum Kind { CLEANSED, FIELDWORK }

    static final String FIELDWORK_CONDITION = """
            (r.decision = 'NONMATCH' OR r.review_status IN ('OPEN', 'REJECTED') OR r.complete_status = 'FAIL')""";
    private static final List<String> CRITERIA = List.of("correct", "complete", "clean", "live");

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;

    CleansedExport(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
    }

    /** @return the number of records written */
    @Transactional(readOnly = true)
    public int export(Dataset dataset, Kind kind, TabularFormat format, OutputStream out, String origin) {
        SqlCondition scope = RecordScope.records(currentStaff.scope());
        String where = " WHERE r.dataset_id = :dataset AND " + scope.sql()
                + (kind == Kind.FIELDWORK ? " AND " + FIELDWORK_CONDITION : "");
        List<StoredRecord> records = scope.bind(jdbc.sql(StoredRecord.SELECT + where + " ORDER BY r.line"))
                .param("dataset", dataset.id()).query(StoredRecord::read).list();
        Map<Long, Map<String, Object>> verdicts = new HashMap<>();
        scope.bind(jdbc.sql("SELECT r.* FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id"
                        + where)).param("dataset", dataset.id())
                .query((row, n) -> {
                    Map<String, Object> values = new HashMap<>();
                    for (String c : CRITERIA) {
                        values.put(c, join(row.getString(c + "_status"), row.getString(c + "_reason"),
                                row.getString(c + "_detail")));
                    }
                    values.put("decision", row.getString("decision"));
                    values.put("review", row.getString("review_status"));
                    return verdicts.put(row.getLong("record_id"), values);
                }).list();
        Map<Long, Map<String, String>> enriched = new HashMap<>();
        scope.bind(jdbc.sql("SELECT e.record_id, e.field, e.new_value FROM cleansing.enrichment e "
                        + "JOIN cleansing.record r ON r.record_id = e.record_id "
                        + "JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id" + where)).param("dataset", dataset.id())
                .query((row, n) -> enriched.computeIfAbsent(row.getLong("record_id"), id -> new HashMap<>())
                        .put(row.getString("field"), row.getString("new_value"))).list();
        ledger.record(new AuditEntry(currentStaff.actor(), "cleansing.export." + kind.name().toLowerCase(Locale.ROOT),
                "dataset", String.valueOf(dataset.id()), null, origin, Outcome.SUCCESS,
                records.size() + " records, " + format.name()));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.number("line"));
        dataset.sector().fields().forEach(field -> columns.add(Column.text(field.key())));
        columns.add(Column.text("person_id"));
        columns.add(Column.text("decision"));
        columns.add(Column.text("review"));
        CRITERIA.forEach(c -> columns.add(Column.text(c)));
        columns.add(Column.text("enriched_fields"));
        try (TabularWriter writer = Tabular.writer(out, format, columns, "cleansing")) {
            for (StoredRecord record : records) {
                Map<String, String> changes = enriched.getOrDefault(record.recordId(), Map.of());
                Map<String, Object> verdict = verdicts.get(record.recordId());
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(record.line()));
                for (SectorField field : dataset.sector().fields()) {
                    cells.add(kind == Kind.CLEANSED ? changes.getOrDefault(field.key(), record.values().get(field))
                            : record.values().get(field));
                }
                cells.add(record.personId() == null ? "" : String.valueOf(record.personId()));
                cells.add(text(verdict.get("decision")));
                cells.add(text(verdict.get("review")));
                CRITERIA.forEach(c -> cells.add(text(verdict.get(c))));
                cells.add(kind == Kind.CLEANSED ? String.join(" ", changes.keySet().stream().sorted().toList()) : "");
                writer.row(cells);
            }
        }
        return records.size();
    }

    private static String join(String status, String reason, String detail) {
        if (status == null) {
            return "";
        }
        return status + " " + reason + (detail == null ? "" : " (" + detail + ")");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
