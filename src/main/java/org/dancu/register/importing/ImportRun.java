package org.dancu.register.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.dancu.civil.VietnameseText;
import org.dancu.tabular.TabularReader;
import org.dancu.tabular.TabularRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One pass over an import file on one connection inside the caller's transaction: each row read and
 * checked once in Java and COPYed into a temporary staging table (or its problems collected), then
 * duplicates within the file and differences from the register found in SQL, and, when applying and
 * nothing blocks, the new persons and then their registration events inserted with an INSERT … SELECT
 * each (as a bulk write when they at least double the register).
 * The dry run is the same pass without the insert, so both report exactly the same problems.
 */
final class ImportRun {

    /** Problem details kept per job; the counts stay exact beyond it. */
    static final int MAX_DETAILS = 100_000;
    private static final int BATCH_CHARS = 1 << 16;

    /**
     * What a pass found and did. {@code blocked}: the pass was to apply, but rows have problems and
     * the officer did not choose to leave them out, so nothing was added. {@code communes}: the current
     * communes the added persons live in.
     */
    record Pass(ImportJob.Counts counts, boolean blocked, List<Compared> compared, Set<String> communes) {
    }

    /** A row whose ID the register holds: the person was compared with it, or was not, being outside the scope. */
    record Compared(String pin, boolean inScope) {
    }

    private final Connection connection;
    private final long jobId;
    private final String[] scopeCommunes;
    private final Map<ImportProblem, Long> problems = new EnumMap<>(ImportProblem.class);
    private long details;

    /** @param scopeCommunes the communes, old and new, whose registered persons the officer may see */
    ImportRun(Connection connection, long jobId, Set<String> scopeCommunes) {
        this.connection = connection;
        this.jobId = jobId;
        this.scopeCommunes = scopeCommunes.toArray(String[]::new);
    }

    Pass run(TabularReader reader, ImportRowCheck check, boolean apply, boolean skipProblemRows, String officer,
               LongConsumer progress) throws SQLException, IOException {
        // sorts and hashes over a whole file stay in memory; for this transaction only
        execute("SET LOCAL work_mem = '64MB'");
        execute("DELETE FROM register.import_problem WHERE job_id = " + jobId);
        execute("""
                CREATE TEMP TABLE import_staging (line bigint PRIMARY KEY, pin text NOT NULL, old_id text,
                    family_name text, middle_name text, given_name text, full_name text, name_key text,
                    birth_date text, birth_year integer, sex text, ethnicity text, commune_code text,
                    current_commune_code text, address text, religion text, nationality text, other_names text,
                    home_town text, father_name text, mother_name text, status text NOT NULL DEFAULT 'NEW', note text)
                    ON COMMIT DROP""");
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder findings = new StringBuilder();
        long problemRows = stage(copy, reader, check, findings, progress);
        long rows = reader.rowsRead();
        copy.copyIn("COPY register.import_problem (job_id, line, field, code, detail) FROM STDIN (FORMAT csv)",
                new java.io.StringReader(findings.toString()));
        execute("ANALYZE import_staging");
        problemRows += flagDuplicates();
        flagOutsideTheScope();
        flagDifferences();
        Map<String, Long> statuses = statuses();
        problemRows += recordProblems("CONFLICT", "pin", ImportProblem.CONFLICTS_WITH_REGISTER,
                statuses.getOrDefault("CONFLICT", 0L));
        problemRows += recordProblems("ELSEWHERE", "pin", ImportProblem.REGISTERED_ELSEWHERE,
                statuses.getOrDefault("ELSEWHERE", 0L));
        List<Compared> compared = compared();
        long unchanged = statuses.getOrDefault("UNCHANGED", 0L);
        boolean blocked = apply && problemRows > 0 && !skipProblemRows;
        boolean adding = apply && !blocked;
        Set<String> communes = adding ? newCommunes() : Set.of();
        long added = adding ? insert(officer, statuses.getOrDefault("NEW", 0L)) : 0;
        return new Pass(new ImportJob.Counts(rows, problemRows, unchanged, added, Map.copyOf(problems)), blocked,
                compared, communes);
    }

    private long stage(CopyManager copy, TabularReader reader, ImportRowCheck check, StringBuilder findings,
                       LongConsumer progress) throws SQLException {
        CopyIn in = copy.copyIn("COPY import_staging (line, pin, old_id, family_name, middle_name, given_name,"
                + " full_name, name_key, birth_date, birth_year, sex, ethnicity, commune_code, current_commune_code,"
                + " address, religion, nationality, other_names, home_town, father_name, mother_name)"
                + " FROM STDIN (FORMAT csv)");
        try {
            long problemRows = StagingFeed.run(sink -> checkRows(reader, check, findings, progress, sink),
                    chunk -> in.writeToCopy(chunk, 0, chunk.length));
            in.endCopy();
            return problemRows;
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** Each row read and checked once: its staging line goes to the sink, or its findings are kept. */
    private long checkRows(TabularReader reader, ImportRowCheck check, StringBuilder findings, LongConsumer progress,
                           StagingFeed.Sink sink) throws InterruptedException {
        CsvLine line = new CsvLine();
        StringBuilder batch = new StringBuilder(BATCH_CHARS + 1024);
        long problemRows = 0;
        for (TabularRow row = reader.next(); row != null; row = reader.next()) {
            ImportRowCheck.Result result = check.check(row);
            if (result.candidate() == null) {
                problemRows++;
                for (ImportRowCheck.Finding finding : result.findings()) {
                    problems.merge(finding.problem(), 1L, Long::sum);
                    if (details++ < MAX_DETAILS) {
                        findings.append(line.field(jobId).field(finding.line()).field(finding.column())
                                .field(finding.problem().name()).field(finding.detail()).end());
                    }
                }
            } else {
                batch.append(stagingLine(line, result.candidate()));
                if (batch.length() >= BATCH_CHARS) {
                    sink.put(bytes(batch));
                }
            }
            progress.accept(reader.rowsRead());
        }
        sink.put(bytes(batch));
        return problemRows;
    }

    private static String stagingLine(CsvLine line, ImportRowCheck.Candidate c) {
        return line.field(c.line()).field(c.pin()).field(c.oldId()).field(c.name().family())
                .field(c.name().middle()).field(c.name().given()).field(c.name().fullName())
                .field(VietnameseText.asciiKey(c.name().fullName())).field(c.birthDate()).field(c.birthDate().year())
                .field(c.sex()).field(c.ethnicity()).field(c.communeCode()).field(c.currentCommuneCode())
                .field(c.address()).field(c.religion()).field(c.nationality()).field(c.otherNames())
                .field(c.homeTown()).field(c.fatherName()).field(c.motherName()).end();
    }

    private static byte[] bytes(StringBuilder batch) {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        batch.setLength(0);
        return bytes;
    }

    /**
     * Every row of an ID that occurs more than once: which one is right is not for the import to guess.
     * The repeated IDs are found first by hashing, so only their rows are sorted for the line list.
     */
    private long flagDuplicates() throws SQLException {
        long rows = execute("""
                UPDATE import_staging s SET status = 'DUPLICATE', note = g.lines
                FROM (SELECT pin, array_to_string((array_agg(line ORDER BY line))[1:5], ', ') AS lines
                      FROM import_staging
                      WHERE pin IN (SELECT pin FROM import_staging GROUP BY pin HAVING count(*) > 1)
                      GROUP BY pin) g
                WHERE s.pin = g.pin""");
        return recordProblems("DUPLICATE", "pin", ImportProblem.DUPLICATE_IN_FILE, rows);
    }

    /**
     * Rows whose ID belongs to a person registered outside the officer's scope: refused without comparing a field,
     * so the officer learns only that the ID is taken, not what the register holds about the person.
     */
    private void flagOutsideTheScope() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE import_staging s SET status = 'ELSEWHERE', note = NULL FROM register.person p
                WHERE p.pin = s.pin AND s.status = 'NEW' AND NOT (p.commune_code = ANY (?))""")) {
            update.setArray(1, connection.createArrayOf("text", scopeCommunes));
            update.executeUpdate();
        }
    }

    /** The rows compared with a registered person (or refused as registered elsewhere), for the ledger. */
    private List<Compared> compared() throws SQLException {
        List<Compared> compared = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pin, status <> 'ELSEWHERE' FROM import_staging"
                     + " WHERE status IN ('CONFLICT', 'UNCHANGED', 'ELSEWHERE') ORDER BY line")) {
            while (rows.next()) {
                compared.add(new Compared(rows.getString(1), rows.getBoolean(2)));
            }
        }
        return compared;
    }

    /**
     * Rows whose ID the register already holds: unchanged when every field the file gives equals
     * the record, a conflict naming the differing fields otherwise. An import never overwrites.
     */
    private void flagDifferences() throws SQLException {
        String[] compared = {"full_name", "birth_date", "sex", "commune_code"};
        String[] optional = {"old_id", "ethnicity", "address", "religion", "nationality", "other_names", "home_town",
                "father_name", "mother_name"};
        StringBuilder diff = new StringBuilder("concat_ws(', '");
        for (String column : compared) {
            diff.append(", CASE WHEN s.").append(column).append(" IS DISTINCT FROM p.").append(column)
                    .append(" THEN '").append(column).append("' END");
        }
        for (String column : optional) {
            diff.append(", CASE WHEN s.").append(column).append(" IS NOT NULL AND s.").append(column)
                    .append(" IS DISTINCT FROM p.").append(column).append(" THEN '").append(column).append("' END");
        }
        diff.append(')');
        execute("UPDATE import_staging t SET status = CASE WHEN d.diff = '' THEN 'UNCHANGED' ELSE 'CONFLICT' END,"
                + " note = nullif(d.diff, '') FROM (SELECT s.line, " + diff + " AS diff FROM import_staging s"
                + " JOIN register.person p ON p.pin = s.pin WHERE s.status = 'NEW') d WHERE t.line = d.line");
    }

    private long recordProblems(String status, String field, ImportProblem problem, long rows) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        problems.merge(problem, rows, Long::sum);
        long room = Math.max(0, MAX_DETAILS - details);
        details += rows;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO register.import_problem (job_id, line, field, code, detail)
                SELECT ?, line, ?, ?, note FROM import_staging WHERE status = ? ORDER BY line LIMIT ?""")) {
            insert.setLong(1, jobId);
            insert.setString(2, field);
            insert.setString(3, problem.name());
            insert.setString(4, status);
            insert.setLong(5, room);
            insert.executeUpdate();
        }
        return rows;
    }

    /** The current communes of the rows to be added. */
    private Set<String> newCommunes() throws SQLException {
        Set<String> communes = new HashSet<>();
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("SELECT DISTINCT current_commune_code FROM import_staging"
                     + " WHERE status = 'NEW' AND current_commune_code IS NOT NULL")) {
            while (result.next()) {
                communes.add(result.getString(1));
            }
        }
        return communes;
    }

    /** How many staged rows are new, unchanged, in conflict or duplicated, in one scan. */
    private Map<String, Long> statuses() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("SELECT status, count(*) FROM import_staging GROUP BY status")) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }

    /**
     * New persons and one REGISTRATION event each, as a bulk write when they at least double the register,
     * naming the job as the source and the fields the file gave (as {@code PersonField} columns, so the
     * history page reads them) and replacing nothing. The table lock taken for the apply keeps every
     * other writer out, so the persons above the highest id before the insert are this import's.
     */
    private long insert(String officer, long adding) throws SQLException, IOException {
        long before = BulkWrite.highestPersonId(connection);
        if (BulkWrite.worthIt(adding, registerSize())) {
            return BulkWrite.run(connection, () -> insertNew(officer, before));
        }
        return insertNew(officer, before);
    }

    private long insertNew(String officer, long before) throws SQLException {
        long added = execute("""
                INSERT INTO register.person (pin, old_id, family_name, middle_name, given_name, full_name, name_key,
                    birth_date, birth_year, sex, ethnicity, commune_code, current_commune_code, address, religion,
                    nationality, other_names, home_town, father_name, mother_name)
                SELECT pin, old_id, family_name, middle_name, given_name, full_name, name_key, birth_date,
                    birth_year, sex, ethnicity, commune_code, current_commune_code, address, religion,
                    coalesce(nationality, 'VN'), other_names, home_town, father_name, mother_name
                FROM import_staging WHERE status = 'NEW' ORDER BY line""");
        try (PreparedStatement events = connection.prepareStatement("""
                INSERT INTO register.life_event (person_id, type, effective_date, commune_to, source, sets, replaced,
                    recorded_by)
                SELECT p.person_id, 'REGISTRATION', current_date, p.commune_code, ?, jsonb_strip_nulls(to_jsonb(f)),
                    '{}'::jsonb, ?
                FROM register.person p, LATERAL (SELECT p.family_name, p.middle_name, p.given_name, p.birth_date,
                    p.sex, p.commune_code, p.address) f
                WHERE p.person_id > ?""")) {
            events.setString(1, "import:" + jobId);
            events.setString(2, officer);
            events.setLong(3, before);
            events.executeLargeUpdate();
        }
        return added;
    }

    private long registerSize() throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("SELECT count(*) FROM register.person")) {
            result.next();
            return result.getLong(1);
        }
    }

    private long execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }
}
