package org.dancu.cleansing.review;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.linkage.Comparison;
import org.dancu.linkage.Contribution;
import org.dancu.linkage.Explanation;
import org.dancu.security.CurrentStaff;
import org.dancu.tabular.Column;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review decisions as a labelled training set for supervised retraining outside the server:
 * one row per decision with the candidate's probability, each comparison's agreement level, and
 * whether the officer confirmed the pair. Ids and levels only, never a name or an ID number.
 */
@Service
public class TrainingLabels {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COMPARISONS = Arrays.stream(Comparison.values()).map(Comparison::key).toList();

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;

    TrainingLabels(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
    }

    public void export(OutputStream out, String origin) {
        ledger.record(new AuditEntry(currentStaff.actor(), "cleansing.labels.export", null, null, null, origin,
                Outcome.SUCCESS, null));
        List<Column> columns = new ArrayList<>(List.of(Column.number("decision_id"), Column.number("record_id"),
                Column.text("action"), Column.number("probability"), Column.number("match")));
        COMPARISONS.forEach(c -> columns.add(Column.text(c)));
        try (TabularWriter writer = Tabular.writer(out, TabularFormat.CSV, columns, null)) {
            jdbc.sql("""
                            SELECT v.decision_id, v.record_id, v.action, v.probability, r.explanation
                            FROM cleansing.review_decision v JOIN cleansing.record r ON r.record_id = v.record_id
                            WHERE v.candidate_id IS NOT NULL ORDER BY v.decision_id""")
                    .query((row, n) -> {
                        List<String> cells = new ArrayList<>(List.of(String.valueOf(row.getLong("decision_id")),
                                String.valueOf(row.getLong("record_id")), row.getString("action"),
                                String.valueOf(row.getDouble("probability")),
                                "ACCEPT".equals(row.getString("action")) ? "1" : "0"));
                        String text = row.getString("explanation");
                        Explanation explanation = text == null ? null : JSON.readValue(text, Explanation.class);
                        for (String comparison : COMPARISONS) {
                            cells.add(explanation == null ? "" : explanation.contributions().stream()
                                    .filter(c -> c.comparison().equals(comparison)).map(Contribution::level)
                                    .findFirst().orElse("missing"));
                        }
                        writer.row(cells);
                        return null;
                    }).list();
        }
    }
}
