package org.dancu.citizen.corrections;

import org.dancu.civil.ProvinceTime;
import org.dancu.notify.Channel;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.dancu.register.CorrectionAccepted;
import org.dancu.register.CorrectionRejected;
import org.dancu.register.CorrectionRequestView;
import org.dancu.register.CorrectionRequests;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the citizen in their portal inbox that an officer decided their correction request, in the
 * language they wrote it in: accepted, or rejected with the officer's reason. The register cannot send
 * it itself (notifications read contacts from the register), so the portal hears the register's events.
 */
@Component
class CorrectionAnswers {

    /** Values: the request's number, the day it was sent. */
    static final Template ACCEPTED = new Template("citizen.correction.template.accepted");
    /** Values: the request's number, the day it was sent, the officer's reason. */
    static final Template REJECTED = new Template("citizen.correction.template.rejected");

    private final CorrectionRequests requests;
    private final Notifications notifications;
    private final ProvinceTime time;

    CorrectionAnswers(CorrectionRequests requests, Notifications notifications, ProvinceTime time) {
        this.requests = requests;
        this.notifications = notifications;
        this.time = time;
    }

    @ApplicationModuleListener
    void on(CorrectionAccepted accepted) {
        requests.find(accepted.requestId()).ifPresent(request -> tell(request, ACCEPTED));
    }

    @ApplicationModuleListener
    void on(CorrectionRejected rejected) {
        requests.find(rejected.requestId()).ifPresent(request -> tell(request, REJECTED));
    }

    private void tell(CorrectionRequestView request, Template template) {
        notifications.send(Recipient.citizen(request.citizen()).in(request.language()), Channel.INBOX, template,
                String.valueOf(request.id()), time.date(request.submittedAt()),
                request.reason() == null ? "" : request.reason());
    }
}
