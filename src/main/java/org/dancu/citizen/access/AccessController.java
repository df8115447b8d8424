package org.dancu.citizen.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.citizen.Citizen;
import org.dancu.citizen.internal.CitizenAudit;
import org.dancu.citizen.internal.CitizenUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Who used my data": every ledger entry about the signed-in citizen's ID (officers' reads, partners'
 * requests, consents, the citizen's own visits), newest first, in words, a page at a time with a link to
 * the older ones; the view is on the ledger too.
 */
@Controller
class AccessController {

    static final String READ = "citizen.access.read";
    static final int PAGE = 50;

    private final AuditTrail trail;
    private final CitizenAudit audit;

    AccessController(AuditTrail trail, CitizenAudit audit) {
        this.trail = trail;
        this.audit = audit;
    }

    @GetMapping("/citizen/access")
    String accessLog(@AuthenticationPrincipal CitizenUser user, @RequestParam(required = false) Long before,
                     HttpServletRequest request, Model model) {
        Citizen citizen = user.citizen();
        audit.readOwn(citizen, READ, request.getRemoteAddr());
        String pin = citizen.pin().value();
        List<AuditRecord> entries = before == null ? trail.findByObject(CitizenAudit.PERSON, pin, PAGE + 1)
                : trail.findByObjectBefore(CitizenAudit.PERSON, pin, before, PAGE + 1);
        boolean older = entries.size() > PAGE;
        List<AuditRecord> shown = older ? entries.subList(0, PAGE) : entries;
        model.addAttribute("entries", shown);
        model.addAttribute("olderThan", older ? shown.get(PAGE - 1).seq() : null);
        return "citizen/access";
    }
}
