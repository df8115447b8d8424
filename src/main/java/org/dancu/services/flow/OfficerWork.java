package org.dancu.services.flow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.ProvinceTime;
import org.dancu.results.ResultCode;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;
import org.dancu.security.StaffMembers;
import org.dancu.security.StaffPrincipal;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierWork;
import org.dancu.services.Handler;
import org.dancu.services.LegEffects;
import org.dancu.services.LegStatus;
import org.dancu.services.Procedures;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.Workdays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in officer does to a leg, each in one transaction with the leg's process, the
 * applicant's notices, the leg's effects on the register and the results register, and the ledger's
 * entry. Only the handlers of the leg's current step may act: the commune's officers of the dossier's
 * commune, or an agency's officers whose scope covers that commune (checked in SQL); anyone else is
 * refused, audited, and nothing changes.
 */
@Service
class OfficerWork implements DossierWork {

    static final String ACT = "services.dossier.work";
    static final int MAX_TEXT = 2000;

    private final DossierRepository dossiers;
    private final DossierProcesses processes;
    private final LegEffects effects;
    private final ApplicantNotices notices;
    private final Procedures procedures;
    private final Workdays workdays;
    private final CurrentStaff currentStaff;
    private final StaffMembers staff;
    private final AuditLedger ledger;
    private final ProvinceTime time;
    private final int completionDays;
    private final Clock clock = Clock.systemUTC();

    OfficerWork(DossierRepository dossiers, DossierProcesses processes, LegEffects effects, ApplicantNotices notices,
                Procedures procedures, Workdays workdays, CurrentStaff currentStaff, StaffMembers staff,
                AuditLedger ledger, ProvinceTime time, @Value("${dancu.services.completion-days:7}") int completionDays) {
        this.dossiers = dossiers;
        this.processes = processes;
        this.effects = effects;
        this.notices = notices;
        this.procedures = procedures;
        this.workdays = workdays;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.ledger = ledger;
        this.time = time;
        this.completionDays = completionDays;
    }

    @Override
    @Transactional
    public void complete(DossierCode code, String legKey, Map<String, String> resultFields) {
        StaffPrincipal officer = officer();
        Dossier dossier = handled(officer, code, legKey, "complete");
        Instant now = clock.instant();
        ResultCode result = null;
        boolean lastStep = dossier.leg(legKey).lastStep();
        if (lastStep) {
            result = effects.apply(dossier.view(), dossier.leg(legKey).view(),
                    resultFields == null ? Map.of() : resultFields, officer.getUsername()).result();
        }
        dossier.completeStep(legKey, officer.getUsername(), now, result, workdays.calendar());
        dossiers.save(dossier);
        processes.decide(code, legKey, lastStep ? DossierProcesses.Decision.COMPLETED
                : DossierProcesses.Decision.NEXT_STEP);
        audit(officer, "complete", code, legKey, Outcome.SUCCESS);
    }

    @Override
    @Transactional
    public void refuse(DossierCode code, String legKey, String reason) {
        StaffPrincipal officer = officer();
        String why = text(reason, "services.dossier.refused.reason");
        Dossier dossier = handled(officer, code, legKey, "refuse");
        boolean suspended = dossier.leg(legKey).status == LegStatus.SUSPENDED;
        dossier.refuse(legKey, why, officer.getUsername(), clock.instant());
        dossiers.save(dossier);
        if (suspended) {
            processes.refuse(code, legKey);
        } else {
            processes.decide(code, legKey, DossierProcesses.Decision.REFUSED);
        }
        audit(officer, "refuse", code, legKey, Outcome.SUCCESS);
    }

    @Override
    @Transactional
    public void suspend(DossierCode code, String legKey, List<String> missingComponentKeys, String note) {
        StaffPrincipal officer = officer();
        Dossier dossier = handled(officer, code, legKey, "suspend");
        List<String> missing = missingComponentKeys == null ? List.of() : missingComponentKeys;
        var procedure = procedures.find(dossier.procedure(), dossier.receivedAt().atZone(time.zone()).toLocalDate())
                .orElseThrow(() -> new IllegalStateException("a dossier's procedure left the catalogue"));
        for (String key : missing) {
            if (procedure.components().stream().noneMatch(c -> c.key().equals(key))) {
                throw new DossierRefusedException("services.dossier.refused.unknown-component", key);
            }
        }
        Instant now = clock.instant();
        Instant completeBy = workdays.calendar().deadline(now, TimeLimit.workingDays(completionDays)).due();
        dossier.suspend(legKey, missing, note == null ? null : note.strip(), officer.getUsername(), now, completeBy,
                time.zone());
        dossiers.save(dossier);
        processes.suspend(code, legKey);
        notices.suspended(dossier, dossier.leg(legKey));
        audit(officer, "suspend", code, legKey, Outcome.SUCCESS);
    }

    @Override
    @Transactional
    public void resume(DossierCode code, String legKey) {
        StaffPrincipal officer = officer();
        Dossier dossier = handled(officer, code, legKey, "resume");
        dossier.resume(legKey, officer.getUsername(), clock.instant(), workdays.calendar(), time.zone());
        dossiers.save(dossier);
        processes.resume(code, legKey);
        audit(officer, "resume", code, legKey, Outcome.SUCCESS);
    }

    @Override
    @Transactional
    public void extend(DossierCode code, String legKey, int workingDays, String reason) {
        StaffPrincipal officer = officer();
        String why = text(reason, "services.dossier.refused.reason");
        Dossier dossier = handled(officer, code, legKey, "extend");
        dossier.extend(legKey, workingDays, why, officer.getUsername(), clock.instant(), workdays.calendar());
        dossiers.save(dossier);
        Leg leg = dossier.leg(legKey);
        if (leg.status == LegStatus.IN_PROGRESS) {
            processes.moveDeadline(code, legKey, leg.due);
        }
        notices.extended(dossier, leg, workingDays, why);
        audit(officer, "extend", code, legKey, Outcome.SUCCESS);
    }

    @Override
    @Transactional
    public void reassign(DossierCode code, String legKey, String username) {
        StaffPrincipal officer = officer();
        Dossier dossier = handled(officer, code, legKey, "reassign");
        if (username != null) {
            StaffPrincipal assignee = staff.enabled(username)
                    .orElseThrow(() -> new DossierRefusedException("services.dossier.refused.assignee", username));
            if (!handles(assignee, dossier, legKey)) {
                throw new DossierRefusedException("services.dossier.refused.assignee", username);
            }
        }
        dossier.reassign(legKey, username, officer.getUsername(), clock.instant());
        dossiers.save(dossier);
        processes.assign(code, legKey, username);
        audit(officer, "reassign", code, legKey, Outcome.SUCCESS);
    }

    private StaffPrincipal officer() {
        return currentStaff.principal().orElseThrow(() -> new DossierRefusedException("services.dossier.refused.out-of-scope"));
    }

    /** The dossier, if the officer handles the leg's current step; else refused and audited. */
    private Dossier handled(StaffPrincipal officer, DossierCode code, String legKey, String action) {
        Dossier dossier = dossiers.find(code).orElse(null);
        if (dossier == null || !handles(officer, dossier, legKey)) {
            audit(officer, action, code, legKey, Outcome.DENIED);
            throw new DossierRefusedException("services.dossier.refused.out-of-scope", code.value());
        }
        return dossier;
    }

    private boolean handles(StaffPrincipal officer, Dossier dossier, String legKey) {
        Handler handler = dossier.leg(legKey).handler();
        boolean role = handler.kind() == Handler.Kind.COMMUNE ? officer.getRole() == Role.COMMUNE_OFFICER
                : officer.getRole() == Role.AGENCY_OFFICER && handler.agencyCode().equals(officer.getScope().agencyCode());
        return role && dossiers.inScope(dossier.code(), officer.getScope());
    }

    private static String text(String value, String key) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            throw new DossierRefusedException(key);
        }
        return value.strip();
    }

    private void audit(StaffPrincipal officer, String action, DossierCode code, String legKey, Outcome outcome) {
        ledger.record(new AuditEntry(Actor.staff(officer.getUsername()), ACT + "." + action, "dossier", code.value(),
                null, null, outcome, AuditNote.of("audit.note.services.leg", legKey)));
    }
}
