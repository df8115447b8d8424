package org.dancu.services.intake;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.Pin;
import org.dancu.security.CurrentStaff;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.Procedure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commune counter: an officer files a dossier on a citizen's behalf, the form prefilled from the
 * register as the portal's is, with the papers the citizen brought scanned as attachments. A scan of what
 * the state holds is kept out of the dossier and counted as asked again.
 */
@Controller
@PreAuthorize("hasRole('COMMUNE_OFFICER')")
class CounterController {

    private final ProceduresToday procedures;
    private final DossierIntake intake;
    private final Prefill prefill;
    private final Refusals refusals;
    private final CurrentStaff staff;

    CounterController(ProceduresToday procedures, DossierIntake intake, Prefill prefill, Refusals refusals,
                      CurrentStaff staff) {
        this.procedures = procedures;
        this.intake = intake;
        this.prefill = prefill;
        this.refusals = refusals;
        this.staff = staff;
    }

    @GetMapping("/services/counter")
    String start(@RequestParam(required = false) String procedure, @RequestParam(required = false) String pin,
                 HttpServletRequest request, Model model) {
        model.addAttribute("procedures", procedures.all());
        Optional<Procedure> chosen = procedures.find(procedure);
        Optional<Pin> applicant = pin == null ? Optional.empty() : Pin.parse(pin.strip()).toOptional();
        if (procedure != null && chosen.isEmpty() || pin != null && applicant.isEmpty()) {
            model.addAttribute("startRefusal", chosen.isEmpty() ? "services.intake.counter.no-procedure"
                    : "services.intake.counter.no-pin");
        } else if (chosen.isPresent() && applicant.isPresent()) {
            model.addAttribute("form", prefill.form(chosen.get(), applicant.get(), staff.actor(),
                    request.getRemoteAddr(), Map.of()));
            model.addAttribute("pin", applicant.get().value());
        }
        return "services/counter";
    }

    @PostMapping("/services/counter")
    String file(@RequestParam String procedure, @RequestParam String pin, @RequestParam Map<String, String> parameters,
                @RequestParam(name = "leg", required = false) String[] legs, HttpServletRequest request,
                Locale locale, Model model, RedirectAttributes redirect) {
        Optional<Procedure> chosen = procedures.find(procedure);
        Optional<Pin> applicant = Pin.parse(pin.strip()).toOptional();
        if (chosen.isEmpty() || applicant.isEmpty()) {
            redirect.addFlashAttribute("refusal", chosen.isEmpty() ? "services.intake.counter.no-procedure"
                    : "services.intake.counter.no-pin");
            return "redirect:/services/counter";
        }
        FormInput input = FormInput.read(parameters, legs, FormInput.files(request));
        String officer = staff.principal().orElseThrow().getUsername();
        try {
            DossierCode code = intake.file(input.request(chosen.get().code(), Channel.COUNTER, applicant.get(), officer,
                    Instant.now()), staff.actor(), request.getRemoteAddr());
            redirect.addFlashAttribute("filedCode", code.value());
            return "redirect:/services/counter";
        } catch (DossierRefusedException refused) {
            model.addAttribute("procedures", procedures.all());
            model.addAttribute("refusalText", refusals.text(refused, locale));
            model.addAttribute("form", prefill.form(chosen.get(), applicant.get(), staff.actor(),
                    request.getRemoteAddr(), input.declaration()));
            model.addAttribute("pin", applicant.get().value());
            return "services/counter";
        }
    }

}
