package org.dancu.register.corrections;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.civil.ProvinceTime;
import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.security.CurrentStaff;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side: the work list, read and audited, and the decision on a request of the
 * officer's scope. Accepting records each proposed value as a correction through {@link LifeEvents},
 * the register's one way of changing a record (the timeline, the check against the personal ID, the
 * ledger entry and {@code PersonCorrected}), dated today with the citizen's request as its document,
 * in the same transaction as the acceptance: a value the register refuses refuses the acceptance, and
 * nothing changes.
 */
@Service
class CorrectionDecisions {

    /** Corrections are documented in the province's language, as officers write their documents. */
    private static final Locale DOCUMENT_LANGUAGE = Locale.forLanguageTag("vi");

    private final CorrectionRequestRepository requests;
    private final CorrectionWorkListQuery workList;
    private final LifeEvents lifeEvents;
    private final CurrentStaff staff;
    private final CorrectionAudit audit;
    private final MessageSource messages;
    private final ProvinceTime time;

    CorrectionDecisions(CorrectionRequestRepository requests, CorrectionWorkListQuery workList, LifeEvents lifeEvents,
                        CurrentStaff staff, CorrectionAudit audit, MessageSource messages, ProvinceTime time) {
        this.requests = requests;
        this.workList = workList;
        this.lifeEvents = lifeEvents;
        this.staff = staff;
        this.audit = audit;
        this.messages = messages;
        this.time = time;
    }

    /** The open requests of the officer's scope, each a read of its person's record in the ledger. */
    @Transactional(readOnly = true)
    List<CorrectionWorkListQuery.Item> workList(String origin) {
        requireDecidingRole();
        List<CorrectionWorkListQuery.Item> items = workList.open(staff.scope());
        items.forEach(item -> audit.record(staff.actor(), CorrectionAudit.LIST, item.request().citizen(),
                item.request().id(), origin));
        return items;
    }

    long countOpen() {
        requireDecidingRole();
        return workList.countOpen(staff.scope());
    }

    @Transactional
    void accept(long requestId, String origin) {
        CorrectionRequest request = visible(requestId);
        request.accept(staff.actor().id(), Instant.now());
        String source = messages.getMessage("register.correction.source", new Object[] {requestId}, DOCUMENT_LANGUAGE);
        request.proposed().forEach((field, value) -> {
            try {
                lifeEvents.record(request.personId(), new LifeEventRequest(LifeEventType.CORRECTION, time.today(),
                        source, Map.of(field, value), null), origin)
                        .orElseThrow(() -> new CorrectionRefusedException("register.correction.error.not-found"));
            } catch (LifeEventRefusedException e) {
                throw new CorrectionRefusedException(Map.of(field.name(), e.messageKey()));
            }
        });
        requests.save(request);
        audit.record(staff.actor(), CorrectionAudit.ACCEPT, request.citizen(), requestId, origin);
    }

    @Transactional
    void reject(long requestId, String reason, String origin) {
        CorrectionRequest request = visible(requestId);
        request.reject(staff.actor().id(), reason, Instant.now());
        requests.save(request);
        audit.record(staff.actor(), CorrectionAudit.REJECT, request.citizen(), requestId, origin);
    }

    private CorrectionRequest visible(long requestId) {
        requireDecidingRole();
        return requests.lock(requestId, CorrectionWorkListQuery.visible(staff.scope()))
                .orElseThrow(() -> new CorrectionRefusedException("register.correction.error.not-found"));
    }

    /** Those who record life events decide: province and commune officers. */
    private void requireDecidingRole() {
        if (!lifeEvents.mayRecord()) {
            throw new AccessDeniedException("correction requests are decided by province and commune officers");
        }
    }
}
