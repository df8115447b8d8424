package org.dancu.results.digitising;

import java.util.List;
import java.util.Set;

import org.dancu.audit.AuditEntry;
import org.dancu.civil.ProvinceTime;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.results.DigitisingBatchUploaded;
import org.dancu.results.ResultRefusedException;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a batch of scans of one commune's register book: checks it (a commune the officer works on, a
 * book named, at least one file, within the limits), keeps it, and queues its reading on the job runner
 * in the same transaction. A refused batch stores nothing.
 */
@Service
class BatchUploads {

    private static final Set<Role> FOLLOWERS = Set.of(Role.CLERK);

    private final Batches batches;
    private final Jobs jobs;
    private final Localities localities;
    private final JdbcClient jdbc;
    private final AuditLedger ledger;
    private final CurrentStaff staff;
    private final ApplicationEventPublisher events;
    private final ProvinceTime time;

    BatchUploads(Batches batches, Jobs jobs, Localities localities, JdbcClient jdbc, AuditLedger ledger,
                 CurrentStaff staff, ApplicationEventPublisher events, ProvinceTime time) {
        this.batches = batches;
        this.jobs = jobs;
        this.localities = localities;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.staff = staff;
        this.events = events;
        this.time = time;
    }

    /** Stores the batch and queues its reading; returns the batch's id. */
    @Transactional
    long upload(NewBatch batch, String origin) {
        Scope scope = staff.scope();
        if (batch.communeCode() == null || !isCurrentCommune(batch.communeCode())
                || !inScope(scope, batch.communeCode())) {
            throw new ResultRefusedException("results.digitising.error.commune");
        }
        if (batch.registerBook().isEmpty() || batch.registerBook().length() > 200) {
            throw new ResultRefusedException("results.digitising.error.book");
        }
        if (batch.type() == null) {
            throw new ResultRefusedException("results.digitising.error.type");
        }
        if (batch.files().isEmpty()) {
            throw new ResultRefusedException("results.digitising.error.no-files");
        }
        if (batch.pages() > NewBatch.MAX_PAGES) {
            throw new ResultRefusedException("results.digitising.error.too-many-pages", NewBatch.MAX_PAGES);
        }
        String by = staff.actor().id();
        long id = batches.add(batch, by);
        long job = jobs.submit(PageReading.KIND, String.valueOf(id), by,
                new JobVisibility(FOLLOWERS, batch.communeCode(), null));
        batches.attachJob(id, job);
        ledger.record(new AuditEntry(staff.actor(), "results.digitising.upload", "digitising-batch", String.valueOf(id),
                null, origin, Outcome.SUCCESS, batch.pages() + " pages"));
        events.publishEvent(new DigitisingBatchUploaded(id, batch.communeCode(), batch.pages()));
        return id;
    }

    /** The current communes an officer may upload for: their own, or every commune of the province. */
    List<AdministrativeUnit> communes(Scope scope) {
        if (scope.localityCode() == null) {
            return List.of();
        }
        return localities.resolve(scope.localityCode()).map(Resolution::unit)
                .map(unit -> unit.level() == UnitLevel.COMMUNE ? List.of(unit)
                        : localities.children(unit.code(), time.today()).stream()
                                .filter(c -> c.level() == UnitLevel.COMMUNE).toList())
                .orElse(List.of());
    }

    private boolean isCurrentCommune(String code) {
        return localities.resolve(code).map(Resolution::unit)
                .filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.isCurrent()).isPresent();
    }

    private boolean inScope(Scope scope, String code) {
        SqlCondition condition = scope.communes("c.code");
        return condition.bind(jdbc.sql("SELECT count(*) FROM (SELECT CAST(:code AS text) AS code) c WHERE"
                + condition.sql())).param("code", code).query(Long.class).single() > 0;
    }
}
