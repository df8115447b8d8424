package org.dancu.register.corrections;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.register.CorrectionClaim;
import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionRequestView;
import org.dancu.register.CorrectionRequests;
import org.dancu.security.SqlCondition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen's side of correction requests: file one, see one's own, withdraw an open one. */
@Service
class CitizenCorrections implements CorrectionRequests {

    private final CorrectionClaims claims;
    private final CorrectionRequestRepository requests;
    private final CorrectionAudit audit;

    CitizenCorrections(CorrectionClaims claims, CorrectionRequestRepository requests, CorrectionAudit audit) {
        this.claims = claims;
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    @Transactional
    public long submit(Pin citizen, CorrectionClaim claim, Locale language, String origin) {
        CorrectionRequest request = claims.check(citizen, claim, language, Instant.now());
        long id = requests.add(request);
        audit.record(CorrectionAudit.citizen(citizen), CorrectionAudit.REQUEST, citizen, id, origin);
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CorrectionRequestView> of(Pin citizen) {
        return claims.record(citizen).map(record -> requests.ofPerson(record.personId()).stream()
                .map(CitizenCorrections::view).toList()).orElse(List.of());
    }

    @Override
    @Transactional
    public void withdraw(Pin citizen, long requestId, String origin) {
        SqlCondition own = new SqlCondition("p.pin = :citizen_pin", Map.of("citizen_pin", citizen.value()));
        CorrectionRequest request = requests.lock(requestId, own)
                .orElseThrow(() -> new CorrectionRefusedException("register.correction.error.not-found"));
        request.withdraw(Instant.now());
        requests.save(request);
        audit.record(CorrectionAudit.citizen(citizen), CorrectionAudit.WITHDRAW, citizen, requestId, origin);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CorrectionRequestView> find(long requestId) {
        return requests.findById(requestId).map(CitizenCorrections::view);
    }

    static CorrectionRequestView view(CorrectionRequest request) {
        return new CorrectionRequestView(request.id(), request.citizen(), request.submittedAt(), request.state(),
                request.proposed(), request.recorded(), request.explanation(), request.language(),
                request.decidedAt(), request.reason());
    }
}
