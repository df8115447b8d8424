package org.dancu.services.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.Actor;
import org.dancu.citizen.Citizen;
import org.dancu.civil.ProvinceTime;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStateException;
import org.dancu.services.DossierView;
import org.dancu.services.Dossiers;
import org.dancu.services.Procedure;
import org.dancu.services.Procedures;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's dossiers in the portal (e-ID level 2, which the portal's chain requires under
 * {@code /citizen/dossiers}): the list, each case as one with every leg's outcome and due date, the rating
 * once it ends, and a new dossier on a form prefilled from the register and earlier results. Who the
 * applicant is comes from the e-ID principal only.
 */
@Controller
class CitizenDossiersController {

    private final Dossiers dossiers;
    private final Procedures procedures;
    private final ProceduresToday today;
    private final DossierIntake intake;
    private final Prefill prefill;
    private final Refusals refusals;

    CitizenDossiersController(Dossiers dossiers, Procedures procedures, ProceduresToday today, DossierIntake intake,
                              Prefill prefill, Refusals refusals) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.today = today;
        this.intake = intake;
        this.prefill = prefill;
        this.refusals = refusals;
    }

    @GetMapping("/citizen/dossiers")
    String list(Citizen citizen, Model model) {
        model.addAttribute("cases", dossiers.ofApplicant(citizen.pin()).stream().map(this::caseOf).toList());
        model.addAttribute("procedures", today.all());
        return "services/citizen-dossiers";
    }

    @GetMapping("/citizen/dossiers/{code}")
    String one(Citizen citizen, @PathVariable String code, Model model) {
        model.addAttribute("case", caseOf(own(citizen, code)));
        model.addAttribute("stars", List.of(5, 4, 3, 2, 1));
        return "services/citizen-dossier";
    }

    @PostMapping("/citizen/dossiers/{code}/rating")
    String rate(Citizen citizen, @PathVariable String code, @RequestParam(required = false) Integer stars,
                RedirectAttributes redirect) {
        DossierView dossier = own(citizen, code);
        try {
            if (stars == null || stars < 1 || stars > 5) {
                throw new DossierRefusedException("services.intake.rating.refused.stars");
            }
            dossiers.rate(dossier.code(), citizen.pin(), stars);
            redirect.addFlashAttribute("notice", "services.intake.rating.thanks");
        } catch (DossierStateException refused) {
            redirect.addFlashAttribute("refusal", "services.intake.rating.refused.state");
        } catch (DossierRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/citizen/dossiers/" + dossier.code().value();
    }

    @GetMapping("/citizen/dossiers/new/{procedure}")
    String form(Citizen citizen, @PathVariable String procedure, HttpServletRequest request, Model model) {
        model.addAttribute("form", prefill.form(procedure(procedure), citizen.pin(), Actor.citizen(citizen.pin()),
                request.getRemoteAddr(), Map.of()));
        return "services/citizen-new";
    }

    @PostMapping("/citizen/dossiers/new/{procedure}")
    String file(Citizen citizen, @PathVariable String procedure, @RequestParam Map<String, String> parameters,
                @RequestParam(name = "leg", required = false) String[] legs, HttpServletRequest request,
                Locale locale, Model model, RedirectAttributes redirect) {
        Procedure chosen = procedure(procedure);
        FormInput input = FormInput.read(parameters, legs, FormInput.files(request));
        try {
            DossierCode code = intake.file(input.request(chosen.code(), Channel.ONLINE, citizen.pin(), null,
                    Instant.now()), Actor.citizen(citizen.pin()), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "services.intake.filed");
            return "redirect:/citizen/dossiers/" + code.value();
        } catch (DossierRefusedException refused) {
            model.addAttribute("refusalText", refusals.text(refused, locale));
            model.addAttribute("form", prefill.form(chosen, citizen.pin(), Actor.citizen(citizen.pin()),
                    request.getRemoteAddr(), input.declaration()));
            return "services/citizen-new";
        }
    }

    private Procedure procedure(String code) {
        return today.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The citizen's own dossier; another person's is answered as one that does not exist. */
    private DossierView own(Citizen citizen, String code) {
        return dossiers.find(new DossierCode(code)).filter(d -> d.applicant().equals(citizen.pin()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CaseView caseOf(DossierView dossier) {
        LocalDate received = dossier.receivedAt().atZone(ProvinceTime.VIETNAM).toLocalDate();
        return new CaseView(dossier, procedures.find(dossier.procedure(), received).orElseThrow());
    }
}
