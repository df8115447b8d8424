package org.dancu.exchange.bulk;

import org.dancu.exchange.partners.Attribute;
import org.dancu.exchange.partners.Partners;
import org.dancu.exchange.gateway.CallContext;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.gateway.ExchangeProperties;
import org.dancu.exchange.gateway.Verifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.exchange.gateway.CallContext;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.gateway.ExchangeProperties;
import org.dancu.exchange.gateway.Verifier;
import org.dancu.exchange.partners.Attribute;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobFinished;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.JobWords;
import org.dancu.jobs.Jobs;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk verifications as jobs of the runner, processed chunk by chunk: look the chunk's persons up at
 * once, compare, write one audit entry per person (handed to the ledger together, so they share
 * commits), then store the results and move the cursor in one transaction. The job's progress after
 * each chunk is its cancel checkpoint; a job taken up again after a restart resumes after its last
 * stored chunk.
 */
@Component
class BulkRuns implements JobHandler {

    static final String KIND = "exchange.bulk-verification";
    /** How a job names the partner that started it: {@code partner:<code>}. */
    private static final String STARTER = "partner:";

    private final BulkJobs bulkJobs;
    private final Jobs jobs;
    private final RegisteredPersons register;
    private final ExchangeAudit audit;
    private final ExchangeProperties properties;
    private final Partners partners;

    BulkRuns(BulkJobs bulkJobs, Jobs jobs, RegisteredPersons register, ExchangeAudit audit,
             ExchangeProperties properties, Partners partners) {
        this.partners = partners;
        this.bulkJobs = bulkJobs;
        this.jobs = jobs;
        this.register = register;
        this.audit = audit;
        this.properties = properties;
    }

    /** Stores a bulk job and queues it on the runner, together; only administrators see it beside the partner. */
    @Transactional
    void queue(UUID jobId, String partnerCode, CallContext context, String requestDigest, String csv, int rows) {
        bulkJobs.create(jobId, partnerCode, context, requestDigest, csv, rows);
        start(jobId, partnerCode);
    }

    /** Queues a stored bulk job on the runner. */
    void start(UUID jobId, String partnerCode) {
        jobs.submit(KIND, jobId.toString(), STARTER + partnerCode, JobVisibility.starterOnly());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) {
        UUID jobId = UUID.fromString(context.reference());
        BulkJob job = bulkJobs.running(jobId);
        BulkInput input = BulkInput.parse(bulkJobs.input(jobId), Integer.MAX_VALUE);
        List<Attribute> attributes = input.attributes().stream()
                .map(name -> Attribute.byApiName(name).orElseThrow()).toList();
        int chunk = properties.bulkChunk();
        int rows = input.rows().size();
        context.progress(job.cursorRow(), rows);
        for (int from = job.cursorRow(); from < rows; from += chunk) {
            int to = Math.min(from + chunk, rows);
            List<String> lines = processChunk(job, input.rows().subList(from, to), from + 1, attributes);
            bulkJobs.storeChunk(jobId, from + 1, lines, to == rows);
            context.progress(to, rows);
        }
    }

    /** The partner's list by its length. */
    @Override
    public Optional<JobWords> subject(String reference) {
        try {
            return bulkJobs.totalRows(UUID.fromString(reference))
                    .map(rows -> JobWords.of("exchange.job.subject", rows));
        } catch (IllegalArgumentException notAJob) {
            return Optional.empty();
        }
    }

    /** The partner system that sent the list, by its name. */
    @Override
    public Optional<JobWords> starter(String startedBy) {
        return startedBy.startsWith(STARTER) ? partners.name(startedBy.substring(STARTER.length()))
                .map(name -> JobWords.of("exchange.job.starter", name)) : Optional.empty();
    }

    /** A bulk job the runner could not finish (failed or cancelled) is told to its partner as failed. */
    @ApplicationModuleListener
    void on(JobFinished finished) {
        if (KIND.equals(finished.kind()) && finished.outcome() != JobState.SUCCEEDED) {
            bulkJobs.failed(UUID.fromString(finished.reference()));
        }
    }

    private List<String> processChunk(BulkJob job, List<List<String>> rows, int firstRow, List<Attribute> attributes) {
        List<String> pins = new ArrayList<>();
        for (List<String> row : rows) {
            pins.add(Pin.hasShape(row.get(0)) && row.size() == attributes.size() + 1 ? row.get(0) : null);
        }
        Map<String, RegisteredPerson> persons = new HashMap<>();
        register.byPins(pins.stream().filter(p -> p != null).distinct()
                        .flatMap(p -> Pin.parse(p).toOptional().stream()).toList())
                .forEach(person -> persons.put(person.pin().value(), person));
        List<String> lines = new ArrayList<>(rows.size());
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        String compared = String.join(",", attributes.stream().map(Attribute::apiName).toList());
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = firstRow + i;
            String pin = pins.get(i);
            StringBuilder line = new StringBuilder().append(rowNumber);
            if (pin == null) {
                attributes.forEach(a -> line.append(",INVALID"));
            } else {
                Map<Attribute, String> claimed = new LinkedHashMap<>();
                for (int a = 0; a < attributes.size(); a++) {
                    claimed.put(attributes.get(a), rows.get(i).get(a + 1));
                }
                Verifier.compare(Optional.ofNullable(persons.get(pin)), claimed)
                        .values().forEach(result -> line.append(',').append(result.name()));
                entries.add(new AuditEntry(ExchangeAudit.partner(job.partnerCode()), "exchange.bulk-verify",
                        ExchangeAudit.PERSON, pin, job.purpose(), null, Outcome.SUCCESS,
                        "job " + job.jobId() + " row " + rowNumber + "; end user " + job.endUser() + "; case "
                                + job.caseRef() + "; compared " + compared));
            }
            lines.add(line.toString());
        }
        audit.recordAll(entries);
        return lines;
    }
}
