package org.dancu.payments.citizens;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.citizen.Citizen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My payments" in the citizen portal (e-ID level 2, which the portal's chain requires under
 * {@code /citizen/payments}): each payment to the signed-in citizen with its status in words. Whose payments
 * they are comes from the e-ID principal only; the read is in the ledger against the person.
 */
@Controller
class MyPaymentsController {

    static final String PATH = "/citizen/payments";

    private final MyPaymentsQuery payments;
    private final AuditLedger ledger;

    MyPaymentsController(MyPaymentsQuery payments, AuditLedger ledger) {
        this.payments = payments;
        this.ledger = ledger;
    }

    @GetMapping(PATH)
    String page(Citizen citizen, HttpServletRequest request, Model model) {
        ledger.record(new AuditEntry(Actor.citizen(citizen.pin()), "payments.citizen.read", "person",
                citizen.pin().value(), null, request.getRemoteAddr(), Outcome.SUCCESS, null));
        model.addAttribute("payments", payments.of(citizen.pin()));
        return "payments/citizen-payments";
    }
}
