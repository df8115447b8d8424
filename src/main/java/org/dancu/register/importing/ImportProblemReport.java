package org.dancu.register.importing;

import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A job's problem details in line order, for its report and the bulk load's examples. */
@Component
class ImportProblemReport {

    private final JdbcClient jdbc;

    ImportProblemReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forEach(long jobId, int limit, Consumer<ImportProblemRow> consumer) {
        try (var rows = jdbc.sql("SELECT line, field, code, detail FROM register.import_problem WHERE job_id = :id"
                        + " ORDER BY line, code LIMIT :limit")
                .param("id", jobId).param("limit", limit).query(ImportProblemRow.class).stream()) {
            rows.forEach(consumer);
        }
    }
}
