package org.dancu.register.importing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.register.PersonsImported;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.Confidence;
import org.dancu.tabular.Decoding;
import org.dancu.tabular.LegacyEncoding;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TextEncoding;

/**
 * An import job, the aggregate of one file's way into the register: uploaded, checked by a dry run (the mapping
 * chosen, {@link Status#CHECKING}), applied, or failed or expired on the way. Each step is a method that refuses
 * the wrong state with an {@link IllegalStateException}; an applied job registers {@link PersonsImported}, which
 * {@link ImportJobs#save} publishes with the job's new state.
 */
final class ImportJob {

    public enum Status {
        UPLOADED, CHECKING, CHECKED, APPLYING, APPLIED, FAILED,
        /** Not applied within the retention period: the file is deleted and must be uploaded again. */
        EXPIRED;

        boolean running() {
            return this == CHECKING || this == APPLYING;
        }
    }

    /** What a pass counted: rows read, rows with problems, unchanged and added, rows per problem. */
    record Counts(long rows, long problemRows, long unchanged, long added, Map<ImportProblem, Long> problems) {
    }

    static final String BLOCKED = "register.import.error.blocked";

    private final Long jobId;
    private final String fileName;
    private final String fileHash;
    private final TabularFormat format;
    private final String sheet;
    private final Decoding decoding;
    private final List<String> header;
    private final String officer;
    private final String scopeCode;
    private final OffsetDateTime createdAt;
    /** The status the job was read with: {@link ImportJobs#save} changes it only if nobody changed it meanwhile. */
    private final Status storedStatus;
    private ColumnMapping<ImportField> mapping;
    private boolean dayFirst;
    private Status status;
    private boolean skipProblemRows;
    private String origin;
    /** Passes started so far; the current one is the runner's job on {@link #passReference()}. */
    private int passes;
    private Counts counts;
    private String failure;
    private List<String> failureArgs;
    private OffsetDateTime checkedAt;
    private OffsetDateTime appliedAt;
    private final List<Object> events = new ArrayList<>();

    ImportJob(Long jobId, String fileName, String fileHash, TabularFormat format, String sheet, Decoding decoding,
              List<String> header, ColumnMapping<ImportField> mapping, boolean dayFirst, Status status, boolean skipProblemRows,
              String officer, String scopeCode, String origin, int passes, Counts counts, String failure,
              List<String> failureArgs, OffsetDateTime createdAt, OffsetDateTime checkedAt, OffsetDateTime appliedAt) {
        this.jobId = jobId;
        this.fileName = fileName;
        this.fileHash = fileHash;
        this.format = format;
        this.sheet = sheet;
        this.decoding = decoding;
        this.header = List.copyOf(header);
        this.mapping = mapping;
        this.dayFirst = dayFirst;
        this.status = status;
        this.storedStatus = status;
        this.skipProblemRows = skipProblemRows;
        this.officer = officer;
        this.scopeCode = scopeCode;
        this.origin = origin;
        this.passes = passes;
        this.counts = counts;
        this.failure = failure;
        this.failureArgs = List.copyOf(failureArgs);
        this.createdAt = createdAt;
        this.checkedAt = checkedAt;
        this.appliedAt = appliedAt;
    }

    /** A file just received, its mapping suggested from its header; not stored yet. */
    static ImportJob uploaded(String fileName, String fileHash, TabularFormat format, String sheet, Decoding decoding,
                              List<String> header, String officer, String scopeCode) {
        return new ImportJob(null, fileName, fileHash, format, sheet, decoding, header,
                ColumnMapping.suggest(ImportField.SCHEMA, header), false, Status.UPLOADED, false, officer, scopeCode, null, 0, null, null,
                List.of(), null, null, null);
    }

    /**
     * The officer chose the mapping: the dry run starts. Allowed for a job uploaded, checked or failed.
     *
     * @throws IllegalArgumentException naming the required fields without a column
     */
    void startCheck(ColumnMapping<ImportField> chosen, boolean readDayFirst, String from) {
        require(Status.UPLOADED, Status.CHECKED, Status.FAILED);
        choose(chosen, readDayFirst);
        start(Status.CHECKING, from);
    }

    /** The officer applies a checked job, leaving out the rows with problems or not. */
    void startApply(boolean leaveOutProblemRows, String from) {
        require(Status.CHECKED);
        skipProblemRows = leaveOutProblemRows;
        start(Status.APPLYING, from);
    }

    /**
     * An administrator's bulk load: the apply straight after the upload, in one pass that checks every row itself
     * (dates read day first) and adds nothing while a row has a problem.
     */
    void startApplyInOnePass(ColumnMapping<ImportField> chosen, String from) {
        require(Status.UPLOADED);
        choose(chosen, true);
        skipProblemRows = false;
        start(Status.APPLYING, from);
    }

    private void choose(ColumnMapping<ImportField> chosen, boolean readDayFirst) {
        if (!chosen.missingRequired().isEmpty()) {
            throw new IllegalArgumentException("required fields without a column: " + chosen.missingRequired());
        }
        mapping = chosen;
        dayFirst = readDayFirst;
    }

    /** The dry run ended: the job waits for its apply. */
    void markChecked(Counts found, OffsetDateTime at) {
        require(Status.CHECKING);
        counted(found, at);
    }

    /** The apply found rows with problems the officer did not leave out, so it added nothing: a check after all. */
    void markBlocked(Counts found, OffsetDateTime at) {
        require(Status.APPLYING);
        counted(found, at);
        failure = BLOCKED;
    }

    /** The apply added its persons, living in the current {@code communes}. */
    void markApplied(Counts done, Set<String> communes, OffsetDateTime at) {
        require(Status.APPLYING);
        counts = done;
        status = Status.APPLIED;
        appliedAt = at;
        events.add(new PersonsImported(jobId, done.added(), communes));
    }

    /**
     * A pass could not finish (the file unreadable, changed, or the database failed): a dry run leaves the job
     * failed, an apply leaves it checked, nothing written either way.
     */
    void markFailed(String key, Object... args) {
        require(Status.CHECKING, Status.APPLYING);
        status = status == Status.CHECKING ? Status.FAILED : Status.CHECKED;
        fail(key, args);
    }

    /** The pass refused to start: the stored file is not the one that was checked. */
    void markRefused(String key) {
        require(Status.CHECKING, Status.APPLYING);
        status = Status.FAILED;
        fail(key);
    }

    private void counted(Counts found, OffsetDateTime at) {
        counts = found;
        status = Status.CHECKED;
        checkedAt = at;
    }

    /** @param from the address the officer started the pass from, for the ledger; null for the command line */
    private void start(Status next, String from) {
        status = next;
        origin = from;
        passes++;
        failure = null;
        failureArgs = List.of();
    }

    private void fail(String key, Object... args) {
        failure = key;
        failureArgs = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    private void require(Status... allowed) {
        for (Status each : allowed) {
            if (status == each) {
                return;
            }
        }
        throw new IllegalStateException("import job " + jobId + " is " + status + ", not " + List.of(allowed));
    }

    /** The events registered since the job was read, handed to the publisher once and forgotten. */
    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    boolean isNew() {
        return jobId == null;
    }

    Status storedStatus() {
        return storedStatus;
    }

    int passes() {
        return passes;
    }

    /**
     * What the runner's job of the current or last pass works on: the job and its pass, so that a pass started
     * while the runner still records the end of the one before is a job of its own.
     */
    public String passReference() {
        return jobId + "/" + passes;
    }

    /** The import job a pass reference names. */
    static long jobOf(String passReference) {
        return Long.parseLong(passReference.substring(0, passReference.indexOf('/')));
    }

    /** The address the current or last pass was started from. */
    String origin() {
        return origin;
    }

    Counts counts() {
        return counts;
    }

    public long jobId() {
        return jobId;
    }

    public String fileName() {
        return fileName;
    }

    public String fileHash() {
        return fileHash;
    }

    public TabularFormat format() {
        return format;
    }

    public String sheet() {
        return sheet;
    }

    public Decoding decoding() {
        return decoding;
    }

    public List<String> header() {
        return header;
    }

    public ColumnMapping<ImportField> mapping() {
        return mapping;
    }

    public boolean dayFirst() {
        return dayFirst;
    }

    public Status status() {
        return status;
    }

    public boolean skipProblemRows() {
        return skipProblemRows;
    }

    public String officer() {
        return officer;
    }

    public String scopeCode() {
        return scopeCode;
    }

    public Long rowsTotal() {
        return counts == null ? null : counts.rows();
    }

    public Long rowsWithProblems() {
        return counts == null ? null : counts.problemRows();
    }

    public Long rowsUnchanged() {
        return counts == null ? null : counts.unchanged();
    }

    public Long rowsAdded() {
        return counts == null ? null : counts.added();
    }

    public Map<ImportProblem, Long> problemCounts() {
        return counts == null ? Map.of() : counts.problems();
    }

    public String failure() {
        return failure;
    }

    public List<String> failureArgs() {
        return failureArgs;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime checkedAt() {
        return checkedAt;
    }

    public OffsetDateTime appliedAt() {
        return appliedAt;
    }

    public boolean running() {
        return status.running();
    }

    public boolean applicable() {
        return status == Status.CHECKED;
    }

    static Map<ImportProblem, Long> decodeCounts(String text) {
        Map<ImportProblem, Long> counts = new EnumMap<>(ImportProblem.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                String[] pair = part.split("=", 2);
                counts.put(ImportProblem.valueOf(pair[0]), Long.parseLong(pair[1]));
            }
        }
        return counts;
    }

    static String encodeCounts(Map<ImportProblem, Long> counts) {
        StringBuilder text = new StringBuilder();
        for (ImportProblem problem : ImportProblem.values()) {
            Long count = counts.get(problem);
            if (count != null) {
                text.append(text.isEmpty() ? "" : ";").append(problem.name()).append('=').append(count);
            }
        }
        return text.toString();
    }

    static Decoding decoding(String encoding, boolean bom, String convertedFrom, boolean nfc, String confidence) {
        return new Decoding(TextEncoding.valueOf(encoding), bom,
                convertedFrom == null ? null : LegacyEncoding.valueOf(convertedFrom), nfc,
                Confidence.valueOf(confidence));
    }
}
