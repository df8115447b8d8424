package org.dancu.citizen.access;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditTrail;
import org.dancu.citizen.Citizen;
import org.dancu.citizen.internal.CitizenAudit;
import org.dancu.citizen.internal.CitizenUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Who used my data": every ledger entry about the signed-in citizen's ID (officers' reads, partners'
 * requests, consents, the citizen's own visits), newest first, in words; the view is on the ledger too.
 */
@Controller
class AccessController {

    static final String READ = "citizen.access.read";
    static final int SHOWN = 500;

    private final AuditTrail trail;
    private final CitizenAudit audit;

    AccessController(AuditTrail trail, CitizenAudit audit) {
        this.trail = trail;
        this.audit = audit;
    }

    @GetMapping("/citizen/access")
    String accessLog(@AuthenticationPrincipal CitizenUser user, HttpServletRequest request, Model model) {
        Citizen citizen = user.citizen();
        audit.readOwn(citizen, READ, request.getRemoteAddr());
        model.addAttribute("entries", trail.findByObject(CitizenAudit.PERSON, citizen.pin().value(), SHOWN));
        return "citizen/access";
    }
}
