package org.dancu.services.flow;

import java.util.List;
import java.util.Objects;

import org.dancu.civil.ProvinceTime;
import org.dancu.notify.Channel;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.dancu.services.DossierComponent;
import org.dancu.services.LegDefinition;
import org.dancu.services.Procedure;
import org.dancu.services.Procedures;
import org.springframework.stereotype.Component;

/**
 * What the applicant is told about a leg's clock, through the one outbox in the caller's transaction:
 * by SMS and in the portal's inbox, in words and Vietnamese dates, with the leg and the components
 * named as the catalogue names them.
 */
@Component
class ApplicantNotices {

    /** Values: dossier code, leg, the missing components, the last day to supply them. */
    static final Template SUSPENDED = new Template("services.dossier.template.suspended");
    /** Values: dossier code, leg, the new appointment. */
    static final Template LATE = new Template("services.dossier.template.late");
    /** Values: dossier code, leg, working days added, the reason, the new deadline. */
    static final Template EXTENDED = new Template("services.dossier.template.extended");

    private final Notifications notifications;
    private final Procedures procedures;
    private final ProvinceTime time;

    ApplicantNotices(Notifications notifications, Procedures procedures, ProvinceTime time) {
        this.notifications = notifications;
        this.procedures = procedures;
        this.time = time;
    }

    void suspended(Dossier dossier, Leg leg) {
        Procedure procedure = procedure(dossier);
        List<String> names = leg.missing.stream().map(key -> procedure.components().stream()
                .filter(c -> c.key().equals(key)).map(DossierComponent::nameVi).findFirst().orElse(key)).toList();
        send(dossier, SUSPENDED, dossier.code().value(), legName(procedure, leg), String.join("; ", names),
                time.date(leg.completeBy));
    }

    void late(Dossier dossier, Leg leg) {
        send(dossier, LATE, dossier.code().value(), legName(procedure(dossier), leg), time.date(leg.newAppointment));
    }

    void extended(Dossier dossier, Leg leg, int workingDays, String reason) {
        send(dossier, EXTENDED, dossier.code().value(), legName(procedure(dossier), leg), workingDays, reason,
                leg.due == null ? "" : time.date(leg.due));
    }

    private void send(Dossier dossier, Template template, Object... values) {
        Recipient recipient = Recipient.citizen(dossier.applicant());
        notifications.send(recipient, Channel.INBOX, template, values);
        notifications.send(recipient, Channel.SMS, template, values);
    }

    /** The catalogue's procedure as in effect when the dossier was received. */
    private Procedure procedure(Dossier dossier) {
        return procedures.find(dossier.procedure(), dossier.receivedAt().atZone(time.zone()).toLocalDate())
                .orElseThrow(() -> new IllegalStateException("a dossier's procedure left the catalogue"));
    }

    private static String legName(Procedure procedure, Leg leg) {
        return procedure.legs().stream().filter(l -> l.key().equals(leg.key)).map(LegDefinition::nameVi)
                .filter(Objects::nonNull).findFirst().orElse(leg.key);
    }
}
