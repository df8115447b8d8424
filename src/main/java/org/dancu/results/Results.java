package org.dancu.results;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.civil.Pin;
import org.dancu.results.internal.Result;
import org.dancu.results.internal.ResultAudit;
import org.dancu.results.internal.ResultIssuing;
import org.dancu.results.internal.ResultRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one API other modules call to issue, supersede, revoke and find results. Each change is one
 * transaction: the result stored, its event published, and an entry against each holder's ID on the
 * audit ledger. A refused request throws {@link ResultRefusedException} (or its
 * {@link ResultStateException}) and changes nothing.
 */
@Service
public class Results {

    private final ResultIssuing issuing;
    private final ResultRecords records;
    private final ResultAudit audit;

    Results(ResultIssuing issuing, ResultRecords records, ResultAudit audit) {
        this.issuing = issuing;
        this.records = records;
        this.audit = audit;
    }

    /** Issues a new result: checked, numbered, hashed, sealed, stored valid; {@link ResultIssued} published. */
    @Transactional
    public IssuedResult issue(NewResult result) {
        return issueAll(List.of(result)).get(0);
    }

    /**
     * Issues many results in one transaction, as {@link #issue} does each: the holders read from the register once,
     * numbers and status entries drawn and rows stored in a few batched statements, one signature a result, the
     * ledger's entries in one group; a {@link ResultIssued} for each. For bulk issuing (results brought over from
     * another system, a dossier's several results): a few hundred at a time keeps the transaction short. All or
     * none: the first request refused refuses the batch with its reason, and nothing is stored.
     *
     * @return the results issued, in the order of the requests
     */
    @Transactional
    public List<IssuedResult> issueAll(List<NewResult> requests) {
        List<Result> issued = issuing.issueAll(requests, Instant.now());
        records.addAll(issued);
        List<IssuedResult> views = issued.stream().map(Result::view).toList();
        audit.issued(views);
        return views;
    }

    /**
     * Replaces a valid result by a corrected successor, issued from {@code successor}; publishes the
     * successor's {@link ResultIssued} and the old one's {@link ResultSuperseded}.
     *
     * @param officer the officer who decides the replacement (a staff account)
     */
    @Transactional
    public IssuedResult supersede(ResultCode old, NewResult successor, String officer) {
        Result replaced = existing(old);
        Result next = issuing.issueAll(List.of(successor), Instant.now()).get(0);
        replaced.supersede(next.view().code(), officer, Instant.now());
        records.addAll(List.of(next));
        records.save(replaced);
        audit.record(Actor.staff(officer), ResultAudit.SUPERSEDE, replaced.view(), null);
        audit.issued(List.of(next.view()));
        return next.view();
    }

    /** Revokes a valid result with a reason; {@link ResultRevoked} published. */
    @Transactional
    public void revoke(ResultCode code, String reason, String officer) {
        if (reason == null || reason.isBlank()) {
            throw new ResultRefusedException("results.error.reason");
        }
        if (reason.length() > 1000) {
            throw new ResultRefusedException("results.error.reason-long");
        }
        Result result = existing(code);
        result.revoke(reason, officer, Instant.now());
        records.save(result);
        audit.record(Actor.staff(officer), ResultAudit.REVOKE, result.view(), null);
    }

    public Optional<IssuedResult> find(ResultCode code) {
        return records.find(code).map(Result::view);
    }

    public Optional<IssuedResult> findByPublicId(String publicId) {
        return records.findByPublicId(publicId).map(Result::view);
    }

    /** The offline QR's text of a result, as signed when it was issued. */
    public Optional<String> offlineText(ResultCode code) {
        return records.find(code).map(result -> result.sealed().offlineText());
    }

    /** A holder's results, newest first. */
    public List<IssuedResult> ofHolder(Pin holder) {
        return records.ofHolder(holder).stream().map(Result::view).toList();
    }

    private Result existing(ResultCode code) {
        return records.find(code).orElseThrow(() -> new ResultRefusedException("results.error.not-found", code.value()));
    }
}
