package org.dancu.register.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.SecretFile;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.locality.Localities;
import org.dancu.register.BulkImport;
import org.dancu.register.ImportOutcome;
import org.dancu.security.Scope;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.Column;
import org.dancu.tabular.FilePreview;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.IntakeProgress;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs: an uploaded file is kept under the data directory with its hash, checked (the dry
 * run) and applied in the background as jobs of the one job runner ({@link ImportPasses}), and
 * reported. The dry run writes nothing to the register; the apply is one transaction. Each pass
 * writes one ledger entry for the whole job (docs/register.md, "Import and export").
 */
@Service
class RegisterImports implements BulkImport {

    /** Bounds of an import file: a province's population fits, a runaway file does not. */
    static final TabularLimits LIMITS = new TabularLimits(256L << 20, 2_000_000, 100, 1_000);
    private static final int EXAMPLES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(RegisterImports.class);

    /** Who runs an import: their name for the job, scope for the rows, actor and address for the ledger. */
    public record Officer(String username, Scope scope, Actor actor, String origin) {
    }

    private final ImportJobs jobs;
    private final ImportPass pass;
    private final Jobs runner;
    private final Localities localities;
    private final TransactionTemplate transaction;
    private final Path directory;

    RegisterImports(ImportJobs jobs, ImportPass pass, Jobs runner,
                    Localities localities, TransactionTemplate transaction,
                    @Value("${dancu.register.import-directory}") Path directory) {
        this.jobs = jobs;
        this.pass = pass;
        this.runner = runner;
        this.localities = localities;
        this.transaction = transaction;
        this.directory = directory;
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
                Files.move(received, pass.file(job.jobId(), format), StandardCopyOption.ATOMIC_MOVE);
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

    /** Rows the running pass has read so far, as it last reported them to the runner. */
    public long rowsProcessed(ImportJob job) {
        return runner.latest(ImportPasses.KIND, job.passReference()).map(JobStatus::done).orElse(0L);
    }

    /**
     * Starts the dry run on the job runner.
     *
     * @throws IllegalArgumentException naming the required fields without a column
     * @throws IllegalStateException    when the job is not waiting for a check
     */
    public void check(ImportJob job, ColumnMapping<ImportField> mapping, boolean dayFirst, Officer officer) {
        job.startCheck(mapping, dayFirst, officer.origin());
        submit(job, officer);
    }

    /**
     * Starts the apply on the job runner.
     *
     * @throws IllegalStateException when the job has not been checked
     */
    public void apply(ImportJob job, boolean skipProblemRows, Officer officer) {
        job.startApply(skipProblemRows, officer.origin());
        submit(job, officer);
    }

    /** The job's new state and its pass on the runner, stored together: the pass is queued only if the job is saved. */
    private void submit(ImportJob job, Officer officer) {
        transaction.executeWithoutResult(status -> {
            jobs.save(job);
            runner.submit(ImportPasses.KIND, job.passReference(), officer.username(),
                    JobVisibility.starterOnly());
        });
    }

    /** The problems of a job as CSV or XLSX: line, field, problem and detail, translated by the caller. */
    public void writeReport(ImportJob job, TabularFormat format, OutputStream out,
                            List<String> headers, java.util.function.Function<IntakeProblem, List<String>> cells) {
        List<Column> columns = headers.stream().map(Column::text).toList();
        try (TabularWriter writer = Tabular.writer(out, format, columns, "problems")) {
            pass.problems(ImportPass.Batch.of(job), ImportRun.MAX_DETAILS)
                    .forEach(row -> writer.row(cells.apply(row)));
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
        ColumnMapping<ImportField> chosen = job.mapping()
                .overriddenBy(ColumnMapping.named(ImportField.SCHEMA, job.header(), mapping));
        if (!chosen.missingRequired().isEmpty()) {
            throw new IllegalArgumentException("no column for the required field(s) "
                    + chosen.missingRequired().stream().map(ImportField::column).toList()
                    + "; name them with --mapping COLUMN=FIELD");
        }
        // one pass either way, run here: the apply checks every row itself and adds nothing when a row has a problem
        if (dryRun) {
            job.startCheck(chosen, true, null);
        } else {
            job.startApplyInOnePass(chosen, null);
        }
        jobs.save(job);
        ImportPass.Batch batch = new ImportPass.Batch(job.jobId(), administrator);
        try {
            if (dryRun) {
                pass.dryRun(batch, IntakeProgress.NONE);
            } else {
                pass.load(batch, IntakeProgress.NONE);
            }
        } catch (RuntimeException e) {
            LOG.error("import job {} failed; nothing was written", job.jobId(), e);
            pass.failed(job.jobId(), "register.import.error.failed", administrator);
        }
        ImportJob checked = jobs.findById(job.jobId()).orElseThrow();
        failIfUnreadable(checked);
        Map<String, Long> counts = new LinkedHashMap<>();
        checked.problemCounts().forEach((problem, count) -> counts.put(problem.messageKey(), count));
        List<ImportOutcome.Example> examples = new java.util.ArrayList<>();
        pass.problems(batch, EXAMPLES).forEach(row -> examples.add(new ImportOutcome.Example(row.line(),
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
        Path file = pass.file(job.jobId(), job.format());
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
