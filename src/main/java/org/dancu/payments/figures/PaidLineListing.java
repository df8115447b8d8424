package org.dancu.payments.figures;

import java.util.stream.Collectors;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.stereotype.Component;

/**
 * The lines behind a figure as the signed-in staff member may see them: those of the scope's communes
 * and, for an agency officer, of the programmes their agency pays (an agency officer without a locality
 * sees the province's lines of those programmes); a scope with neither sees none. Each page read is
 * written to the ledger with the lines shown, before it leaves.
 */
@Component
class PaidLineListing {

    static final String ACTION = "payments.lines.list";

    private final PaidLinesQuery query;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;

    PaidLineListing(PaidLinesQuery query, CurrentStaff currentStaff, AuditLedger ledger) {
        this.query = query;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
    }

    PaidLinesQuery.Page page(PaidLineList list, Long after, String origin) {
        PaidLinesQuery.Page page = query.list(list.condition().and(visible(currentStaff.scope())), after);
        ledger.record(new AuditEntry(currentStaff.actor(), ACTION, "payment-line", null, null, origin,
                Outcome.SUCCESS, list.address() + "; lines " + page.rows().stream()
                .map(row -> String.valueOf(row.id())).collect(Collectors.joining(" "))));
        return page;
    }

    /** The lines a scope reaches, in SQL. */
    static SqlCondition visible(Scope scope) {
        SqlCondition paidByTheAgency = scope.agency("p.paying_agency");
        return scope.localityCode() == null ? paidByTheAgency : paidByTheAgency.and(scope.communes("l.commune_code"));
    }
}
