package org.dancu.services.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStateException;
import org.dancu.services.DossierView;
import org.dancu.services.Dossiers;
import org.dancu.services.NewDossier;
import org.dancu.services.Procedure;
import org.dancu.services.Procedures;
import org.dancu.workdays.Workdays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files dossiers the intake channels checked: the procedure as in effect on the day of reception, a new
 * code, the legs and the first leg's clock, the workflow started, all in one transaction with the
 * ledger's entry. A resend with the same idempotency key finds the first dossier and files nothing.
 */
@Service
class DossierFiling implements Dossiers {

    static final String FILE = "services.dossier.file";
    static final String RATE = "services.dossier.rate";

    private final DossierRepository dossiers;
    private final Procedures procedures;
    private final Workdays workdays;
    private final DossierProcesses processes;
    private final AuditLedger ledger;
    private final Localities localities;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    DossierFiling(DossierRepository dossiers, Procedures procedures, Workdays workdays, DossierProcesses processes,
                  AuditLedger ledger, Localities localities, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.workdays = workdays;
        this.processes = processes;
        this.ledger = ledger;
        this.localities = localities;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public DossierCode file(NewDossier dossier) {
        if (dossier.idempotencyKey() != null) {
            // two resends at the same moment, on any instance, wait for each other here
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('services.idempotency'), hashtext(:key))")
                    .param("key", dossier.idempotencyKey()).query(Object.class).single();
            Optional<DossierCode> first = dossiers.findByIdempotencyKey(dossier.idempotencyKey());
            if (first.isPresent()) {
                return first.get();
            }
        }
        if (dossier.procedure() == null || dossier.channel() == null || dossier.applicant() == null
                || dossier.communeCode() == null || dossier.receivedAt() == null) {
            throw new DossierRefusedException("services.dossier.refused.incomplete");
        }
        Instant received = dossier.receivedAt().truncatedTo(ChronoUnit.MICROS);
        Procedure procedure = procedures.find(dossier.procedure(), received.atZone(ProvinceTime.VIETNAM).toLocalDate())
                .orElseThrow(() -> new DossierRefusedException("services.dossier.refused.unknown-procedure",
                        dossier.procedure().value()));
        DossierCode code = dossiers.nextCode(provinceCode(), received.atZone(ProvinceTime.VIETNAM).getYear());
        Dossier filed = Dossier.file(code, withReceived(dossier, received), procedure, workdays.calendar());
        dossiers.add(filed);
        filed.carriedBy(processes.start(filed.view(), procedure.family()));
        dossiers.save(filed);
        ledger.record(new AuditEntry(actor(dossier), FILE, "dossier", code.value(), null, null, Outcome.SUCCESS,
                AuditNote.of("audit.note.services.filed", dossier.applicant().masked(), procedure.code().value())));
        return code;
    }

    @Override
    public Optional<DossierView> find(DossierCode code) {
        return dossiers.find(code).map(Dossier::view);
    }

    @Override
    public List<DossierView> ofApplicant(Pin applicant) {
        return dossiers.ofApplicant(applicant).stream().map(Dossier::view).toList();
    }

    @Override
    @Transactional
    public void rate(DossierCode code, Pin applicant, int stars) {
        Dossier dossier = dossiers.find(code)
                .orElseThrow(() -> new DossierStateException("services.dossier.state.not-applicant", code));
        dossier.rate(applicant, stars, clock.instant());
        dossiers.save(dossier);
        ledger.record(new AuditEntry(Actor.citizen(applicant), RATE, "dossier", code.value(), null, null,
                Outcome.SUCCESS, AuditNote.of("audit.note.services.rated", stars)));
    }

    private static Actor actor(NewDossier dossier) {
        return dossier.filedBy() != null ? Actor.staff(dossier.filedBy())
                : dossier.channel() == Channel.INTERCONNECTION ? Actor.system("interconnection")
                : Actor.citizen(dossier.applicant());
    }

    private String provinceCode() {
        return "%03d".formatted(Integer.parseInt(localities.deploymentProvince().code()));
    }

    private static NewDossier withReceived(NewDossier d, Instant received) {
        return new NewDossier(d.procedure(), d.channel(), d.applicant(), d.subject(), d.communeCode(), d.declaration(),
                d.components(), d.chosenLegs(), d.filedBy(), d.idempotencyKey(), received);
    }
}
