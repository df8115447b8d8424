package org.dancu.register.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.PartialDate;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.security.Scope;
import org.dancu.tabular.Intake;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.IntakeProgress;
import org.dancu.tabular.ReceivedFile;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularException;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's {@link Intake}: one pass of an import job over its stored file, the dry run or the apply in one
 * transaction. Run by the job runner ({@link ImportPasses}) for an officer's job, and directly by the bulk load of
 * {@code dancu import}. A file that
 * cannot be read, or is not the one checked, leaves the job failed with the reason; any other failure rolls the
 * pass back and is thrown, for its runner to record ({@link #failed}).
 */
@Component
class ImportPass implements Intake<ImportPass.Batch> {

    /** An import job and the officer its pass runs for. */
    record Batch(long jobId, RegisterImports.Officer officer) {

        /** The job with the officer who started it. */
        static Batch of(ImportJob job) {
            return new Batch(job.jobId(), ImportPass.officer(job));
        }
    }


    private static final int AUDIT_CHUNK = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ImportPass.class);

    private final ImportJobs jobs;
    private final Localities localities;
    private final ProvinceTime time;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final AuditLedger ledger;
    private final Path directory;

    ImportPass(ImportJobs jobs, Localities localities, ProvinceTime time, DataSource dataSource,
               TransactionTemplate transaction, JdbcClient jdbc, AuditLedger ledger,
               @Value("${dancu.register.import-directory}") Path directory) {
        this.jobs = jobs;
        this.localities = localities;
        this.time = time;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.directory = directory;
    }

    /** Where a job's file is kept while it is needed. */
    Path file(long jobId, TabularFormat format) {
        return directory.resolve(jobId + format.extension());
    }

    /** The officer who started the job, as the ledger and the scope of its rows know them. */
    static RegisterImports.Officer officer(ImportJob job) {
        return new RegisterImports.Officer(job.officer(), new Scope(job.scopeCode(), null), Actor.staff(job.officer()),
                job.origin());
    }

    /** The dry run of a job waiting for it; reports the rows read to {@code progress}. */
    @Override
    public long dryRun(Batch batch, IntakeProgress progress) {
        long jobId = batch.jobId();
        RegisterImports.Officer officer = batch.officer();
        ImportJob job = jobs.findById(jobId).orElseThrow();
        try {
            ImportJob.Counts counts = transaction.execute(status -> {
                ImportJob.Counts found = pass(job, officer, false, progress).counts();
                job.markChecked(found, OffsetDateTime.now());
                jobs.save(job);
                return found;
            });
            audit(officer, "register.import.check", job, Outcome.SUCCESS, summary(job, counts));
            return counts.problemRows();
        } catch (TabularException e) {
            update(jobId, failed -> failed.markFailed(e.messageKey(), e.arguments()));
            return 0;
        }
    }

    /**
     * The apply of a checked job: its stored file must still be the one that was checked.
     *
     * @return the persons added: none when rows have problems the officer did not choose to leave out
     */
    @Override
    public long load(Batch batch, IntakeProgress progress) {
        long jobId = batch.jobId();
        RegisterImports.Officer officer = batch.officer();
        ImportJob job = jobs.findById(jobId).orElseThrow();
        Path stored = file(jobId, job.format());
        if (!Files.isRegularFile(stored) || !ReceivedFile.sha256(stored).equals(job.fileHash())) {
            job.markRefused("register.import.error.file-changed");
            jobs.save(job);
            return 0;
        }
        long added = 0;
        try {
            ImportRun.Pass done = transaction.execute(status -> {
                ImportRun.Pass pass = pass(job, officer, true, progress);
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
                return 0;
            }
            added = done.counts().added();
            audit(officer, "register.import.apply", job, Outcome.SUCCESS, summary(job, done.counts()));
            // the persons are in the register now; the officer's copy of their data need not stay on disk
            Files.deleteIfExists(stored);
        } catch (IOException e) {
            LOG.warn("import job {} applied, but its file could not be deleted", jobId);
        } catch (TabularException e) {
            update(jobId, failed -> failed.markFailed(e.messageKey(), e.arguments()));
        }
        return added;
    }

    /** The job's problem details in line order, for its report and the bulk load's examples. */
    @Override
    public List<IntakeProblem> problems(Batch batch, int limit) {
        return jdbc.sql("SELECT line, field, code, detail FROM register.import_problem WHERE job_id = :id"
                        + " ORDER BY line, code LIMIT :limit")
                .param("id", batch.jobId()).param("limit", limit).query(IntakeProblem.class).list();
    }

    /**
     * A pass that threw (rolled back, nothing written) or was cancelled: the job, if still running, says why in
     * {@code key}; an apply's failure is in the ledger.
     */
    void failed(long jobId, String key, RegisterImports.Officer officer) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        if (!job.running()) {
            return;
        }
        boolean applying = job.status() == ImportJob.Status.APPLYING;
        job.markFailed(key);
        jobs.save(job);
        if (applying) {
            audit(officer, "register.import.apply", job, Outcome.FAILED, "rolled back, nothing written");
        }
    }

    /** A transition of the job as stored now, for a pass whose own transaction rolled back. */
    private void update(long jobId, Consumer<ImportJob> transition) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        transition.accept(job);
        jobs.save(job);
    }

    private ImportRun.Pass pass(ImportJob job, RegisterImports.Officer officer, boolean apply,
                                IntakeProgress progress) {
        long total = job.rowsTotal() == null ? 0 : job.rowsTotal();
        LongConsumer rows = read -> progress.rows(read, Math.max(total, read));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (TabularReader reader = Tabular.open(file(job.jobId(), job.format()), job.format(), job.sheet(),
                RegisterImports.LIMITS)) {
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
            ImportRun.Pass done = new ImportRun(connection, job.jobId(), scope).run(reader, check, apply,
                    job.skipProblemRows(), officer.username(), rows);
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
    private void auditComparisons(RegisterImports.Officer officer, ImportJob job, List<ImportRun.Compared> compared) {
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

    private void audit(RegisterImports.Officer officer, String action, ImportJob job, Outcome outcome, String detail) {
        ledger.record(new AuditEntry(officer.actor(), action, "import-job", String.valueOf(job.jobId()), null,
                officer.origin(), outcome, detail));
    }

    private static String summary(ImportJob job, ImportJob.Counts counts) {
        return "file sha-256 " + job.fileHash() + ": " + counts.rows() + " rows, " + counts.added() + " added, "
                + counts.unchanged() + " unchanged, " + counts.problemRows() + " with problems";
    }
}
