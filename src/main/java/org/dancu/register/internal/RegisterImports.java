package org.dancu.register.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.audit.SecretFile;
import org.dancu.civil.PartialDate;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.register.BulkImport;
import org.dancu.register.ImportOutcome;
import org.dancu.security.Scope;
import org.dancu.tabular.Column;
import org.dancu.tabular.FilePreview;
import org.dancu.tabular.ReceivedFile;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularException;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularLimits;
import org.dancu.tabular.TabularReader;
import org.dancu.tabular.TabularWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Import jobs: an uploaded file is kept under the data directory with its hash, checked (the dry
 * run) and applied in the background, one pass at a time on a bounded queue, and reported. The
 * dry run writes nothing to the register; the apply is one transaction. Each pass writes one
 * ledger entry for the whole job (docs/register.md, "Import and export").
 */
@Service
public class RegisterImports implements BulkImport {

    /** Bounds of an import file: a province's population fits, a runaway file does not. */
    static final TabularLimits LIMITS = new TabularLimits(256L << 20, 2_000_000, 100, 1_000);
    static final int QUEUE = 4;
    private static final int EXAMPLES = 20;
    private static final int AUDIT_CHUNK = 10_000;
    /** Identifies this JVM's runs, so that a restart can tell its own running jobs from abandoned ones. */
    private static final String RUNNER = UUID.randomUUID().toString();
    private static final Logger LOG = LoggerFactory.getLogger(RegisterImports.class);

    /** Who runs an import: their name for the job, scope for the rows, actor and address for the ledger. */
    public record Officer(String username, Scope scope, Actor actor, String origin) {
    }

    private final ImportJobs jobs;
    private final ImportJobSweeps sweeps;
    private final ImportProblemReport problems;
    private final ImportProgress progress;
    private final Localities localities;
    private final ProvinceTime time;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final AuditLedger ledger;
    private final Path directory;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "register-import");
                thread.setDaemon(true);
                return thread;
            });

    RegisterImports(ImportJobs jobs, ImportJobSweeps sweeps, ImportProblemReport problems, ImportProgress progress,
                    Localities localities, DataSource dataSource, TransactionTemplate transaction, JdbcClient jdbc,
                    AuditLedger ledger, ProvinceTime time,
                    @Value("${dancu.register.import-directory}") Path directory) {
        this.jobs = jobs;
        this.sweeps = sweeps;
        this.problems = problems;
        this.progress = progress;
        this.localities = localities;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.time = time;
        this.directory = directory;
    }

    /**
     * Only a serving application runs officers' jobs, so only its start abandons the jobs of an
     * earlier one; a {@code dancu import} started beside a running server leaves them alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    void abandonInterruptedJobs(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
            return;
        }
        int abandoned = sweeps.abandon(RUNNER);
        if (abandoned > 0) {
            LOG.warn("{} import job(s) were interrupted by a restart and must be run again", abandoned);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Keeps the file, detects its encoding and header and suggests a mapping.
     *
     * @throws TabularException when the file cannot be read; nothing is kept then
     */
    public ImportJob upload(InputStream content, String fileName, String sheet, Officer officer) {
        TabularFormat format = TabularFormat.ofFileName(fileName);
        try {
            Path received = SecretFile.temporary(directory, "upload-", format.extension());
            try {
                String hash = ReceivedFile.copy(content, received);
                ImportJob job;
                try (TabularReader reader = Tabular.open(received, format, sheet, LIMITS)) {
                    job = jobs.save(ImportJob.uploaded(fileName, hash, format, blankToNull(sheet), reader.decoding(),
                            reader.header(), officer.username(), officer.scope().localityCode()));
                }
                Files.move(received, file(job.jobId(), format), StandardCopyOption.ATOMIC_MOVE);
                return job;
            } finally {
                Files.deleteIfExists(received);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ImportJob> job(long jobId, String officer) {
        return jobs.findById(jobId).filter(job -> job.officer().equals(officer));
    }

    public List<ImportJob> recent(String officer) {
        return jobs.latestOf(officer, 10);
    }

    public List<ImportJob> earlierApplications(ImportJob job) {
        return jobs.appliedWithHash(job.fileHash(), job.jobId());
    }

    public long rowsProcessed(long jobId) {
        return progress.rows(jobId);
    }

    /**
     * Starts the dry run in the background.
     *
     * @throws IllegalArgumentException naming the required fields without a column
     * @throws IllegalStateException    when the job is not waiting for a check, or the queue is full
     */
    public void check(ImportJob job, ColumnMapping mapping, boolean dayFirst, Officer officer) {
        job.startCheck(mapping, dayFirst, RUNNER);
        jobs.save(job);
        submit(job.jobId(), () -> runCheck(job.jobId(), officer));
    }

    /**
     * Starts the apply in the background.
     *
     * @throws IllegalStateException when the job has not been checked, or the queue is full
     */
    public void apply(ImportJob job, boolean skipProblemRows, Officer officer) {
        job.startApply(skipProblemRows, RUNNER);
        jobs.save(job);
        submit(job.jobId(), () -> runApply(job.jobId(), officer));
    }

    private void submit(long jobId, Runnable pass) {
        progress.start(jobId);
        try {
            executor.execute(pass);
        } catch (RejectedExecutionException e) {
            progress.end(jobId);
            update(jobId, job -> job.markRefused("register.import.error.busy"));
            throw new IllegalStateException("import queue full", e);
        }
    }

    void runCheck(long jobId, Officer officer) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        try {
            ImportJob.Counts counts = transaction.execute(status -> {
                ImportJob.Counts found = pass(job, officer, false).counts();
                job.markChecked(found, OffsetDateTime.now());
                jobs.save(job);
                return found;
            });
            audit(officer, "register.import.check", job, Outcome.SUCCESS, summary(job, counts));
        } catch (TabularException e) {
            update(jobId, failed -> failed.markFailed(e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            LOG.error("import job {} could not be checked", jobId, e);
            update(jobId, failed -> failed.markFailed("register.import.error.failed"));
        } finally {
            progress.end(jobId);
        }
    }

    /** The apply of a checked job: its stored file must still be the one that was checked. */
    void runApply(long jobId, Officer officer) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        Path stored = file(jobId, job.format());
        if (!Files.isRegularFile(stored) || !ReceivedFile.sha256(stored).equals(job.fileHash())) {
            job.markRefused("register.import.error.file-changed");
            jobs.save(job);
            progress.end(jobId);
            return;
        }
        applyStored(job, officer);
    }

    /**
     * One pass that checks every row and, when nothing blocks, adds the new persons in the same
     * transaction. A blocked pass adds nothing, keeps its problems for the report and counts as a check.
     */
    private void applyStored(ImportJob job, Officer officer) {
        long jobId = job.jobId();
        try {
            ImportRun.Pass done = transaction.execute(status -> {
                ImportRun.Pass pass = pass(job, officer, true);
                if (pass.blocked()) {
                    job.markBlocked(pass.counts(), OffsetDateTime.now());
                } else {
                    job.markApplied(pass.counts(), pass.communes(), OffsetDateTime.now());
                }
                jobs.save(job);
                return pass;
            });
            if (done.blocked()) {
                audit(officer, "register.import.check", job, Outcome.SUCCESS, summary(job, done.counts()));
                return;
            }
            audit(officer, "register.import.apply", job, Outcome.SUCCESS, summary(job, done.counts()));
            // the persons are in the register now; the officer's copy of their data need not stay on disk
            Files.deleteIfExists(file(jobId, job.format()));
        } catch (IOException e) {
            LOG.warn("import job {} applied, but its file could not be deleted", jobId);
        } catch (TabularException e) {
            update(jobId, failed -> failed.markFailed(e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            LOG.error("import job {} could not be applied; nothing was written", jobId, e);
            update(jobId, failed -> failed.markFailed("register.import.error.failed"));
            audit(officer, "register.import.apply", job, Outcome.FAILED, "rolled back, nothing written");
        } finally {
            progress.end(jobId);
        }
    }

    /** A transition of the job as stored now, for a pass whose own transaction rolled back. */
    private void update(long jobId, java.util.function.Consumer<ImportJob> transition) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        transition.accept(job);
        jobs.save(job);
    }

    private ImportRun.Pass pass(ImportJob job, Officer officer, boolean apply) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (TabularReader reader = Tabular.open(file(job.jobId(), job.format()), job.format(), job.sheet(), LIMITS)) {
            if (apply) {
                // one import writes at a time, and nobody adds a person between its checks and its insert
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LOCK TABLE register.person IN SHARE ROW EXCLUSIVE MODE");
                }
            }
            Set<String> scope = scopeCommunes(officer.scope());
            ImportRowCheck check = new ImportRowCheck(job.mapping(), localities, scope,
                    job.dayFirst() ? PartialDate.DayMonthOrder.DAY_FIRST : PartialDate.DayMonthOrder.UNKNOWN_ORDER,
                    time.today());
            var counter = progress.start(job.jobId());
            ImportRun.Pass done = new ImportRun(connection, job.jobId(), scope).run(reader, check, apply,
                    job.skipProblemRows(), officer.username(), counter::set);
            auditComparisons(officer, job, done.compared());
            return done;
        } catch (SQLException e) {
            throw new IllegalStateException("import pass failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Every row compared with a registered person is a read of that person, recorded against their ID before the
     * findings can be shown; a row refused because the person is outside the scope is recorded as denied.
     */
    private void auditComparisons(Officer officer, ImportJob job, List<ImportRun.Compared> compared) {
        for (int from = 0; from < compared.size(); from += AUDIT_CHUNK) {
            ledger.recordAll(compared.subList(from, Math.min(compared.size(), from + AUDIT_CHUNK)).stream()
                    .map(row -> new AuditEntry(officer.actor(), "register.person.compare", "person", row.pin(),
                            "import job " + job.jobId(), officer.origin(), row.inScope() ? Outcome.SUCCESS : Outcome.DENIED,
                            row.inScope() ? "compared with an import row" : "registered outside the officer's scope"))
                    .toList());
        }
    }

    private Set<String> scopeCommunes(Scope scope) {
        if (scope.localityCode() == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope")
                .param("scope", scope.localityCode()).query(String.class).list());
    }

    private void audit(Officer officer, String action, ImportJob job, Outcome outcome, String detail) {
        ledger.record(new AuditEntry(officer.actor(), action, "import-job", String.valueOf(job.jobId()), null,
                officer.origin(), outcome, detail));
    }

    private static String summary(ImportJob job, ImportJob.Counts counts) {
        return "file sha-256 " + job.fileHash() + ": " + counts.rows() + " rows, " + counts.added() + " added, "
                + counts.unchanged() + " unchanged, " + counts.problemRows() + " with problems";
    }

    /** The problems of a job as CSV or XLSX: line, field, problem and detail, translated by the caller. */
    public void writeReport(long jobId, TabularFormat format, OutputStream out, List<String> headers,
                            java.util.function.Function<ImportProblemRow, List<String>> cells) {
        List<Column> columns = headers.stream().map(Column::text).toList();
        try (TabularWriter writer = Tabular.writer(out, format, columns, "problems")) {
            problems.forEach(jobId, Integer.MAX_VALUE, row -> writer.row(cells.apply(row)));
        }
    }

    @Override
    public ImportOutcome run(Path file, Map<String, String> mapping, boolean dryRun) {
        Officer administrator = new Officer("dancu-import", new Scope(localities.deploymentProvince().code(), null),
                Actor.system("dancu import"), null);
        ImportJob job;
        try (InputStream in = Files.newInputStream(file)) {
            job = upload(in, file.getFileName().toString(), null, administrator);
        } catch (IOException e) {
            throw new TabularException("tabular.error.unreadable", e);
        }
        Map<ImportField, Integer> columns = new LinkedHashMap<>(job.mapping().columns());
        ColumnMapping.of(job.header(), mapping).columns().forEach((field, column) -> {
            columns.values().remove(column);
            columns.put(field, column);
        });
        ColumnMapping chosen = new ColumnMapping(columns);
        if (!chosen.missingRequired().isEmpty()) {
            throw new IllegalArgumentException("no column for the required field(s) "
                    + chosen.missingRequired().stream().map(ImportField::column).toList()
                    + "; name them with --mapping COLUMN=FIELD");
        }
        // one pass either way: the apply checks every row itself and adds nothing when a row has a problem
        if (dryRun) {
            job.startCheck(chosen, true, RUNNER);
            jobs.save(job);
            runCheck(job.jobId(), administrator);
        } else {
            job.startApplyInOnePass(chosen, RUNNER);
            applyStored(jobs.save(job), administrator);
        }
        ImportJob checked = jobs.findById(job.jobId()).orElseThrow();
        failIfUnreadable(checked);
        Map<String, Long> counts = new LinkedHashMap<>();
        checked.problemCounts().forEach((problem, count) -> counts.put(problem.messageKey(), count));
        List<ImportOutcome.Example> examples = new java.util.ArrayList<>();
        problems.forEach(checked.jobId(), EXAMPLES, row -> examples.add(new ImportOutcome.Example(row.line(),
                "register.import.field." + row.field(), "register.import.problem." + row.code(), row.detail())));
        return new ImportOutcome(checked.jobId(), checked.status() == ImportJob.Status.APPLIED,
                checked.rowsTotal(), checked.rowsWithProblems(), checked.rowsUnchanged(),
                checked.rowsAdded() == null ? 0 : checked.rowsAdded(), counts, examples);
    }

    /**
     * The file's header and first rows, for the mapping step; empty once the file is gone (it is
     * deleted when applied) or when it cannot be read (the job then says why).
     */
    public Optional<FilePreview> preview(ImportJob job) {
        Path file = file(job.jobId(), job.format());
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try (TabularReader reader = Tabular.open(file, job.format(), job.sheet(), LIMITS)) {
            return Optional.of(FilePreview.read(reader, job.rowsTotal()));
        } catch (TabularException e) {
            return Optional.empty();
        }
    }

    private static void failIfUnreadable(ImportJob job) {
        if (job.failure() != null && !job.failure().equals(ImportJob.BLOCKED)) {
            throw new TabularException(job.failure(), job.failureArgs().toArray());
        }
    }

    private Path file(long jobId, TabularFormat format) {
        return directory.resolve(jobId + format.extension());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
