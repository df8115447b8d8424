package org.dancu.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.gateway.ExchangeProperties;
import org.dancu.exchange.gateway.Verifier;
import org.dancu.exchange.partners.Attribute;
import org.dancu.register.IdentityFacts;
import org.dancu.register.RegisterFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A fixed number of worker threads taking queued bulk jobs from PostgreSQL and processing them
 * chunk by chunk: look the chunk's persons up at once, compare, write one audit entry per person
 * (handed to the ledger together, so they share commits), then store the results and move the
 * cursor in one transaction. A job interrupted by a restart resumes after its last stored chunk.
 */
@Component
class BulkWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BulkWorkers.class);
    private static final long IDLE_MILLIS = 1_000;

    private final BulkJobs jobs;
    private final RegisterFacts register;
    private final ExchangeAudit audit;
    private final ExchangeProperties properties;
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService workers;

    BulkWorkers(BulkJobs jobs, RegisterFacts register, ExchangeAudit audit, ExchangeProperties properties) {
        this.jobs = jobs;
        this.register = register;
        this.audit = audit;
        this.properties = properties;
    }

    void wake() {
        work.release();
    }

    @Override
    public synchronized void start() {
        int resumed = jobs.requeueInterrupted();
        if (resumed > 0) {
            log.info("resuming {} interrupted bulk verification job(s)", resumed);
        }
        running = true;
        workers = Executors.newFixedThreadPool(properties.bulkWorkers(), named("exchange-bulk"));
        for (int i = 0; i < properties.bulkWorkers(); i++) {
            workers.execute(this::loop);
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void loop() {
        while (running) {
            Optional<BulkJob> job = Optional.empty();
            try {
                job = jobs.claimNext();
                if (job.isEmpty()) {
                    work.tryAcquire(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                    continue;
                }
                process(job.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("bulk verification job {} paused after an error, it resumes from its cursor: {}",
                        job.map(BulkJob::jobId).orElse(null), e.toString());
                job.ifPresent(j -> jobs.requeue(j.jobId()));
                sleepQuietly();
            }
        }
    }

    private void process(BulkJob job) {
        BulkInput input = BulkInput.parse(jobs.input(job.jobId()), Integer.MAX_VALUE);
        List<Attribute> attributes = input.attributes().stream()
                .map(name -> Attribute.byApiName(name).orElseThrow()).toList();
        int chunk = properties.bulkChunk();
        for (int from = job.cursorRow(); from < input.rows().size(); from += chunk) {
            if (!running) {
                jobs.requeue(job.jobId());
                return;
            }
            int to = Math.min(from + chunk, input.rows().size());
            List<String> lines = processChunk(job, input.rows().subList(from, to), from + 1, attributes);
            jobs.storeChunk(job.jobId(), from + 1, lines, to == input.rows().size());
        }
    }

    private List<String> processChunk(BulkJob job, List<List<String>> rows, int firstRow, List<Attribute> attributes) {
        List<String> pins = new ArrayList<>();
        for (List<String> row : rows) {
            pins.add(Pin.hasShape(row.get(0)) && row.size() == attributes.size() + 1 ? row.get(0) : null);
        }
        Map<String, IdentityFacts> persons = new HashMap<>();
        register.byPins(pins.stream().filter(p -> p != null).distinct().toList())
                .forEach(person -> persons.put(person.pin(), person));
        List<String> lines = new ArrayList<>(rows.size());
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        String compared = String.join(",", namesOf(attributes));
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
                AuditEntry entry = new AuditEntry(ExchangeAudit.partner(job.partnerCode()), "exchange.bulk-verify",
                        ExchangeAudit.PERSON, pin, job.purpose(), null, Outcome.SUCCESS,
                        "job " + job.jobId() + " row " + rowNumber + "; end user " + job.endUser() + "; case "
                                + job.caseRef() + "; compared " + compared);
                entries.add(entry);
            }
            lines.add(line.toString());
        }
        audit.recordAll(entries);
        return lines;
    }

    private static List<String> namesOf(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::apiName).toList();
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
