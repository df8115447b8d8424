package org.dancu.citizen.record;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.citizen.Citizen;
import org.dancu.citizen.internal.CitizenAudit;
import org.dancu.citizen.internal.CitizenUser;
import org.dancu.locality.Localities;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My record": the signed-in citizen's own entry in the population register, read through the register's
 * API by the ID of their e-ID and on the ledger as the citizen reading their own record before it is shown.
 */
@Controller
class RecordController {

    static final String READ = "citizen.record.read";

    private final RegisteredPersons register;
    private final Localities localities;
    private final CitizenAudit audit;

    RecordController(RegisteredPersons register, Localities localities, CitizenAudit audit) {
        this.register = register;
        this.localities = localities;
        this.audit = audit;
    }

    @GetMapping("/citizen/record")
    String record(@AuthenticationPrincipal CitizenUser user, HttpServletRequest request, Model model) {
        Citizen citizen = user.citizen();
        Optional<RegisteredPerson> person = register.byPin(citizen.pin());
        if (person.isPresent()) {
            audit.readOwn(citizen, READ, request.getRemoteAddr());
            RegisteredPerson p = person.get();
            model.addAttribute("person", p);
            model.addAttribute("ethnicity", p.ethnicity() == null ? null : p.ethnicity().name());
            model.addAttribute("commune", communeName(p.currentCommuneCode() != null ? p.currentCommuneCode()
                    : p.communeCode()));
        }
        return "citizen/record";
    }

    /** The commune by its full name; a code no unit ever carried is shown as it is. */
    private String communeName(String code) {
        return code == null ? null : localities.resolve(code).map(r -> r.unit().fullName()).orElse(code);
    }
}
