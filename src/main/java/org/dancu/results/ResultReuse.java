package org.dancu.results;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.results.reuse.ReuseChecks;
import org.springframework.stereotype.Service;

/**
 * A result instead of an upload: a dossier component names a result code for a document it needs, and the
 * result is checked before it stands in: it exists, the applicant is one of its holders, it is of the type the
 * component asks for, and it is still valid. Each check is on the ledger against the applicant (who sees under
 * "who used my data" that their result was used) and counted in {@code results.reuse_check}, where reuse is
 * the usable answers (docs/results.md, "Online verification and reuse").
 */
@Service
public class ResultReuse {

    static final String ACTION = "results.reuse.check";

    private final Results results;
    private final ReuseChecks checks;
    private final AuditLedger ledger;

    ResultReuse(Results results, ReuseChecks checks, AuditLedger ledger) {
        this.results = results;
        this.checks = checks;
        this.ledger = ledger;
    }

    /**
     * Whether the result may stand in for a document of the type expected in the applicant's dossier.
     *
     * @param caller the module or officer asking (e.g. the services' dossier component), as the ledger names it
     */
    public ReuseAnswer check(ResultCode code, Pin applicant, ResultType expected, String caller) {
        ReuseAnswer answer = results.find(code).map(result -> judge(result, applicant, expected))
                .orElseGet(ReuseAnswer.Unknown::new);
        ledger.record(new AuditEntry(Actor.system(caller), ACTION, "person", applicant.value(), null, null,
                answer instanceof ReuseAnswer.Usable ? Outcome.SUCCESS : Outcome.DENIED,
                AuditNote.of("audit.note.results.reuse", code.value(),
                        AuditNote.label("results.reuse.answer." + answer.code()))));
        checks.add(code, expected, answer);
        return answer;
    }

    private static ReuseAnswer judge(IssuedResult result, Pin applicant, ResultType expected) {
        if (!result.holders().contains(applicant)) {
            return new ReuseAnswer.NotApplicants();
        }
        if (result.type() != expected) {
            return new ReuseAnswer.WrongType(result.type());
        }
        return switch (result.status()) {
            case VALID -> new ReuseAnswer.Usable(result);
            case REVOKED -> new ReuseAnswer.Revoked(result.statusChangedAt(), result.revocationReason());
            case SUPERSEDED -> new ReuseAnswer.Superseded(result.successor(), result.statusChangedAt());
        };
    }
}
