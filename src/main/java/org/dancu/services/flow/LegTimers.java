package org.dancu.services.flow;

import java.time.Clock;
import java.time.Instant;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.notify.Recipient;
import org.dancu.services.DossierCode;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.Workdays;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the legs' timers do when they fire, as the processes name them ({@code legRunningLate},
 * {@code suspensionExpired}). Each runs in the transaction of the engine's timer job, which commits
 * the dossier's change, the notices and the job's end together: a timer whose instance stops before
 * the commit is run again by whichever instance takes the job up, and one that committed is gone, so
 * it never runs twice. The dossier itself refuses a second apology.
 */
@Configuration(proxyBeanMethods = false)
class LegTimers {

    static final String LATE = "services.dossier.late";
    static final String EXPIRED = "services.dossier.expired";
    /** The reason the applicant reads, in Vietnamese like the officers' own reasons. */
    static final String NOT_COMPLETED = "services.dossier.reason.not-completed";

    private final DossierRepository dossiers;
    private final ApplicantNotices notices;
    private final Workdays workdays;
    private final AuditLedger ledger;
    private final int lateAppointmentDays;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    LegTimers(DossierRepository dossiers, ApplicantNotices notices, Workdays workdays, AuditLedger ledger,
              MessageSource messages, @Value("${dancu.services.late-appointment-days:2}") int lateAppointmentDays) {
        this.dossiers = dossiers;
        this.notices = notices;
        this.workdays = workdays;
        this.ledger = ledger;
        this.messages = messages;
        this.lateAppointmentDays = lateAppointmentDays;
    }

    /** "Legal deadline": the statutory apology with a new appointment, once, if the leg is still open and late. */
    @Bean
    JavaDelegate legRunningLate() {
        return execution -> {
            Dossier dossier = dossier(execution);
            String legKey = legKey(execution);
            Instant now = clock.instant();
            if (dossier.overdue(legKey, now)) {
                Instant appointment = workdays.calendar().deadline(now, TimeLimit.workingDays(lateAppointmentDays)).due();
                dossier.runLate(legKey, now, appointment);
                dossiers.save(dossier);
                notices.late(dossier, dossier.leg(legKey));
                audit(LATE, dossier, legKey);
            }
        };
    }

    /** "Time to complete ran out": the suspended leg is refused for want of its missing items. */
    @Bean
    JavaDelegate suspensionExpired() {
        return execution -> {
            Dossier dossier = dossier(execution);
            String legKey = legKey(execution);
            dossier.expireSuspension(legKey, clock.instant(),
                    messages.getMessage(NOT_COMPLETED, null, Recipient.VIETNAMESE));
            dossiers.save(dossier);
            audit(EXPIRED, dossier, legKey);
        };
    }

    private Dossier dossier(DelegateExecution execution) {
        DossierCode code = new DossierCode((String) execution.getVariable("dossierCode"));
        return dossiers.find(code).orElseThrow(() -> new IllegalStateException("a timer of a dossier not stored"));
    }

    private static String legKey(DelegateExecution execution) {
        return (String) execution.getVariable("legKey");
    }

    private void audit(String action, Dossier dossier, String legKey) {
        ledger.record(new AuditEntry(Actor.system(Dossier.SYSTEM), action, "dossier", dossier.code().value(), null,
                null, Outcome.SUCCESS, AuditNote.of("audit.note.services.leg", legKey)));
    }
}
