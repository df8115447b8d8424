package org.dancu.cleansing.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.audit.SecretFile;
import org.dancu.civil.ProvinceTime;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.dancu.locality.Localities;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.FilePreview;
import org.dancu.tabular.Intake;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.IntakeProgress;
import org.dancu.tabular.ReceivedFile;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularLimits;
import org.dancu.tabular.TabularReader;
import org.dancu.tabular.TabularRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset's way in, cleansing's {@link Intake}: upload (rows kept as sent), column mapping and dry run
 * (every row's problems stored, nothing loaded), then the load, which turns every row into a record in one
 * transaction or refuses while any row has a problem. A file whose content was loaded before is refused, and a new
 * version of a dataset replaces the one before it at its load ({@link DatasetVersions}).
 */
@Service
public class Datasets implements Intake<Dataset> {

    /** Rows between two progress reports. */
    private static final int PROGRESS_ROWS = 1_000;

    static final TabularLimits LIMITS = new TabularLimits(128L << 20, 500_000, 100, 1_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final Localities localities;
    private final AuditLedger ledger;
    private final DatasetVersions versions;
    private final ProvinceTime time;
    /** How long an uploaded dataset's rows wait for their load before {@link #expireUnloaded} deletes them. */
    private final Duration retention;

    Datasets(JdbcClient jdbc, CurrentStaff currentStaff, Localities localities, AuditLedger ledger,
             DatasetVersions versions, ProvinceTime time, @Value("${dancu.uploads.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.localities = localities;
        this.ledger = ledger;
        this.versions = versions;
        this.time = time;
        this.retention = retention;
    }

    /**
     * What an officer declares about a file: its sector, source agency, title and year, or the
     * dataset it is a new version of (whose sector and agency it keeps, and its title and year
     * unless others are given).
     */
    public record Description(Sector sector, String agencyCode, String title, String period, Long replaces) {

        public Description(Sector sector, String agencyCode, String title, String period) {
            this(sector, agencyCode, title, period, null);
        }

        Description completedBy(Dataset previous) {
            return new Description(previous.sector(), previous.agencyCode(),
                    blankToNull(title) == null ? previous.title() : title,
                    blankToNull(period) == null ? previous.period() : period, previous.id());
        }
    }

    /**
     * Reads the whole file into the dataset's staged rows.
     *
     * @throws org.dancu.tabular.TabularException when the file cannot be read; nothing is stored
     * @throws CleansingRefusal                   when the description is incomplete, the dataset to
     *                                            replace is not current, or the same file was loaded before
     */
    @Transactional
    public long upload(InputStream content, String fileName, Description declared) throws IOException {
        Description description = declared.replaces() == null ? declared
                : declared.completedBy(versions.replaceable(declared.replaces()));
        Scope scope = currentStaff.scope();
        String agency = scope.agencyCode() != null ? scope.agencyCode() : blankToNull(description.agencyCode());
        if (description.sector() == null || agency == null || blankToNull(description.title()) == null
                || description.period() == null || !description.period().matches("[0-9]{4}")) {
            throw new CleansingRefusal("cleansing.error.description");
        }
        TabularFormat format = TabularFormat.ofFileName(fileName);
        Path file = SecretFile.temporary("dancu-cleansing", format.extension());
        try {
            String sha256 = ReceivedFile.copy(content, file);
            refuseIfLoadedBefore(sha256);
            try (TabularReader reader = Tabular.open(file, format, null, LIMITS)) {
                List<String> header = reader.header();
                long id = jdbc.sql("""
                                INSERT INTO cleansing.dataset (sector, agency_code, title, period, file_name, header,
                                    status, rows_total, created_by, content_sha256, replaces)
                                VALUES (:sector, :agency, :title, :period, :file, :header, 'UPLOADED', 0, :by, :sha,
                                    :replaces)
                                RETURNING dataset_id""")
                        .param("sector", description.sector().name()).param("agency", agency)
                        .param("title", description.title().strip()).param("period", description.period())
                        .param("file", fileName).param("header", header.toArray(String[]::new))
                        .param("by", currentStaff.actor().id()).param("sha", sha256)
                        .param("replaces", description.replaces())
                        .query(Long.class).single();
                int rows = 0;
                for (TabularRow row = reader.next(); row != null; row = reader.next()) {
                    jdbc.sql("INSERT INTO cleansing.staged_row (dataset_id, line, cells) VALUES (:id, :line, :cells)")
                            .param("id", id).param("line", (int) row.line())
                            .param("cells", row.cells().toArray(String[]::new)).update();
                    rows++;
                }
                jdbc.sql("UPDATE cleansing.dataset SET rows_total = :rows WHERE dataset_id = :id")
                        .param("rows", rows).param("id", id).update();
                return id;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Refuses a file whose content is that of a loaded dataset, naming the dataset and the day it was loaded. */
    private void refuseIfLoadedBefore(String sha256) {
        record Earlier(String title, OffsetDateTime loadedAt) {
        }
        jdbc.sql("""
                        SELECT title, loaded_at FROM cleansing.dataset
                        WHERE content_sha256 = :sha AND loaded_at IS NOT NULL""")
                .param("sha", sha256).query(Earlier.class).optional().ifPresent(earlier -> {
                    throw new CleansingRefusal("cleansing.error.same-file", earlier.title(),
                            time.date(earlier.loadedAt()));
                });
    }

    public List<Dataset> visible() {
        SqlCondition scope = RecordScope.datasets(currentStaff.scope());
        return scope.bind(jdbc.sql("SELECT * FROM cleansing.dataset d WHERE " + scope.sql()
                + " ORDER BY dataset_id DESC LIMIT 200")).query(Datasets::dataset).list();
    }

    /** The dataset if the officer's scope reaches it. */
    public Optional<Dataset> find(long id) {
        SqlCondition scope = RecordScope.datasets(currentStaff.scope());
        return scope.bind(jdbc.sql("SELECT * FROM cleansing.dataset d WHERE d.dataset_id = :id AND " + scope.sql()))
                .param("id", id).query(Datasets::dataset).optional();
    }

    /**
     * The dry run of the dataset as mapped ({@link Dataset#mappedBy}): stores the mapping and every row's problems;
     * loads nothing.
     */
    @Override
    @Transactional
    public long dryRun(Dataset dataset, IntakeProgress progress) {
        if (dataset.loaded()) {
            throw new CleansingRefusal("cleansing.error.already-loaded");
        }
        if (dataset.expired()) {
            throw expired();
        }
        jdbc.sql("DELETE FROM cleansing.dataset_problem WHERE dataset_id = :id").param("id", dataset.id()).update();
        ColumnMapping<SectorField> mapping = dataset.columnMapping();
        int[] withProblems = {0};
        Map<String, Boolean> communes = new java.util.HashMap<>();
        stagedRows(dataset, progress, (line, cells) -> {
            List<IntakeProblem> found = RowProblem.check(new TabularRow(line, cells, dataset.header().size()),
                    new RecordValues(mapping.values(cells)),
                    code -> communes.computeIfAbsent(code, c -> localities.resolve(c).isPresent()));
            for (IntakeProblem problem : found) {
                jdbc.sql("INSERT INTO cleansing.dataset_problem (dataset_id, line, field, code) VALUES (:id, :line, :field, :code)")
                        .param("id", dataset.id()).param("line", line).param("field", problem.field())
                        .param("code", problem.code()).update();
            }
            withProblems[0] += found.isEmpty() ? 0 : 1;
        });
        jdbc.sql("""
                        UPDATE cleansing.dataset SET mapping = :mapping, status = 'CHECKED', rows_with_problems = :n
                        WHERE dataset_id = :id""")
                .param("mapping", mapping.encode()).param("n", withProblems[0]).param("id", dataset.id()).update();
        return withProblems[0];
    }

    /** The file's header and first rows as uploaded, for the mapping page (the staged rows go at the load). */
    public FilePreview preview(Dataset dataset) {
        List<TabularRow> rows = jdbc.sql("""
                        SELECT line, cells FROM cleansing.staged_row WHERE dataset_id = :id ORDER BY line LIMIT :rows""")
                .param("id", dataset.id()).param("rows", FilePreview.ROWS)
                .query((row, n) -> new TabularRow(row.getInt("line"), texts(row.getArray("cells")))).list();
        return new FilePreview(dataset.header(), rows, (long) dataset.rowsTotal());
    }

    @Override
    public List<IntakeProblem> problems(Dataset dataset, int limit) {
        return jdbc.sql("""
                        SELECT line, field, code, NULL AS detail FROM cleansing.dataset_problem WHERE dataset_id = :id
                        ORDER BY line, field LIMIT :limit""")
                .param("id", dataset.id()).param("limit", limit).query(IntakeProblem.class).list();
    }

    /**
     * Turns the checked rows into records, all or none. Refused before a dry run, after a load, and
     * while any row has a problem.
     */
    @Override
    @Transactional
    public long load(Dataset dataset, IntakeProgress progress) {
        Dataset current = find(dataset.id()).orElseThrow(() -> new CleansingRefusal("cleansing.error.not-found"));
        if (current.loaded()) {
            throw new CleansingRefusal("cleansing.error.already-loaded");
        }
        if (current.expired()) {
            throw expired();
        }
        if (!"CHECKED".equals(current.status())) {
            throw new CleansingRefusal("cleansing.error.not-checked");
        }
        if (current.rowsWithProblems() != null && current.rowsWithProblems() > 0) {
            throw new CleansingRefusal("cleansing.error.has-problems", current.rowsWithProblems());
        }
        String sha256 = jdbc.sql("SELECT content_sha256 FROM cleansing.dataset WHERE dataset_id = :id")
                .param("id", current.id()).query(String.class).optional().orElse(null);
        if (sha256 != null) {
            refuseIfLoadedBefore(sha256);
        }
        ColumnMapping<SectorField> mapping = current.columnMapping();
        int[] loaded = {0};
        stagedRows(current, progress, (line, cells) -> {
            RecordValues values = new RecordValues(mapping.values(cells));
            Map<String, String> extra = new LinkedHashMap<>();
            current.sector().ownFields().forEach(field -> {
                if (values.has(field)) {
                    extra.put(field.key(), values.get(field));
                }
            });
            String commune = values.get(SectorField.COMMUNE_CODE);
            jdbc.sql("""
                            INSERT INTO cleansing.record (dataset_id, line, full_name, pin, old_id, birth_date, sex,
                                commune_code, address, extra, recorded_commune, scope_commune)
                            VALUES (:id, :line, :name, :pin, :old, :birth, :sex, :commune, :address, :extra::jsonb,
                                    :scope, :scope)""")
                    .param("id", current.id()).param("line", line)
                    .param("name", values.get(SectorField.FULL_NAME)).param("pin", values.get(SectorField.PIN))
                    .param("old", values.get(SectorField.OLD_ID)).param("birth", values.get(SectorField.BIRTH_DATE))
                    .param("sex", values.get(SectorField.SEX)).param("commune", commune)
                    .param("address", values.get(SectorField.ADDRESS))
                    .param("extra", JSON.writeValueAsString(extra))
                    .param("scope", commune.isEmpty() ? null : commune)
                    .update();
            loaded[0]++;
        });
        jdbc.sql("DELETE FROM cleansing.staged_row WHERE dataset_id = :id").param("id", current.id()).update();
        versions.takeOver(current);
        jdbc.sql("UPDATE cleansing.dataset SET status = 'LOADED', loaded_at = now() WHERE dataset_id = :id")
                .param("id", current.id()).update();
        ledger.record(new AuditEntry(currentStaff.actor(), "cleansing.dataset.load", "dataset",
                String.valueOf(current.id()), null, null, Outcome.SUCCESS, loaded[0] + " records"
                + (current.replaces() == null ? "" : ", replaces dataset " + current.replaces())));
        return loaded[0];
    }

    /** Why an expired dataset can be neither checked nor loaded: its rows were deleted after the retention. */
    public CleansingRefusal expired() {
        return new CleansingRefusal("cleansing.error.expired", retention.toHours());
    }

    /**
     * Deletes the uploaded rows of every dataset left unloaded for longer than the retention, with their dry run's
     * problems, and marks the dataset expired: personal data nobody loaded does not stay in the database.
     *
     * @return how many datasets expired
     */
    @Transactional
    public int expireUnloaded() {
        List<Long> expired = jdbc.sql("""
                        UPDATE cleansing.dataset SET status = 'EXPIRED', rows_with_problems = NULL
                        WHERE status IN ('UPLOADED', 'CHECKED') AND created_at < :before RETURNING dataset_id""")
                .param("before", OffsetDateTime.now().minus(retention)).query(Long.class).list();
        if (!expired.isEmpty()) {
            jdbc.sql("DELETE FROM cleansing.staged_row WHERE dataset_id IN (:ids)").param("ids", expired).update();
            jdbc.sql("DELETE FROM cleansing.dataset_problem WHERE dataset_id IN (:ids)").param("ids", expired).update();
        }
        return expired.size();
    }

    private interface RowAction {
        void accept(int line, List<String> cells);
    }

    /** Each staged row in line order, reporting the rows done every {@value #PROGRESS_ROWS} and at the end. */
    private void stagedRows(Dataset dataset, IntakeProgress progress, RowAction action) {
        long[] done = {0};
        jdbc.sql("SELECT line, cells FROM cleansing.staged_row WHERE dataset_id = :id ORDER BY line")
                .param("id", dataset.id())
                .query((ResultSet row, int n) -> {
                    action.accept(row.getInt("line"), texts(row.getArray("cells")));
                    if (++done[0] % PROGRESS_ROWS == 0) {
                        progress.rows(done[0], dataset.rowsTotal());
                    }
                    return null;
                }).list();
        progress.rows(done[0], dataset.rowsTotal());
    }

    static Dataset dataset(ResultSet row, int number) throws SQLException {
        return new Dataset(row.getLong("dataset_id"), Sector.valueOf(row.getString("sector")),
                row.getString("agency_code"), row.getString("title"), row.getString("period"),
                row.getString("file_name"), texts(row.getArray("header")), row.getString("mapping"),
                row.getString("status"), row.getInt("rows_total"), (Integer) row.getObject("rows_with_problems"),
                row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class),
                row.getObject("evaluated_at", OffsetDateTime.class), row.getString("evaluation"),
                row.getString("evaluation_failure"), row.getString("evaluation_failure_reference"),
                row.getObject("loaded_at", OffsetDateTime.class), (Long) row.getObject("series_id"),
                row.getInt("version"), (Long) row.getObject("replaces"),
                row.getObject("replaced_at", OffsetDateTime.class),
                row.getObject("withdrawn_at", OffsetDateTime.class), row.getString("withdrawn_by"),
                row.getString("withdrawal_reason"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
