package org.dancu.steering.indicators;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the indicators API's clients: the list with each one's unit and
 * requests, a form that creates one and shows its token once, and revocation.
 */
@Controller
@RequestMapping("/admin/api-clients")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ApiClientsController {

    private static final String VIEW = "steering/api-clients";
    private static final String NOTICE = "notice";
    private static final String REFUSAL = "refusal";

    private final ApiClients clients;
    private final ApiClientAdministration administration;
    private final ApiClientUsage usage;
    private final UnitChoices units;

    ApiClientsController(ApiClients clients, ApiClientAdministration administration, ApiClientUsage usage,
                         UnitChoices units) {
        this.clients = clients;
        this.administration = administration;
        this.usage = usage;
        this.units = units;
    }

    /** One client as the list shows it. */
    record ClientLine(long id, String name, String unitCode, String unitName, Instant createdAt, String createdBy,
                      Instant revokedAt, long requests) {

        /** Public, for the template. */
        public boolean active() {
            return revokedAt == null;
        }
    }

    @GetMapping
    String list(Model model) {
        Map<String, String> names = units.names();
        Map<Long, Long> requests = usage.totals();
        List<ClientLine> lines = clients.all().stream().map(c -> new ClientLine(c.id(), c.name(), c.localityCode(),
                names.getOrDefault(c.localityCode(), c.localityCode()), c.createdAt(), c.createdBy(), c.revokedAt(),
                requests.getOrDefault(c.id(), 0L))).toList();
        model.addAttribute("clients", lines);
        model.addAttribute("units", units.all());
        return VIEW;
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String unit,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            ApiClientAdministration.Issued issued = administration.create(name, unit, request.getRemoteAddr());
            model.addAttribute("issuedName", issued.client().name());
            model.addAttribute("issuedToken", issued.token());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(REFUSAL, "steering.api-clients.refused.create");
            model.addAttribute("name", name);
        }
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            administration.revoke(id, request.getRemoteAddr());
            redirect.addFlashAttribute(NOTICE, "steering.api-clients.revoked");
        } catch (NoSuchElementException | IllegalStateException e) {
            redirect.addFlashAttribute(REFUSAL, "steering.api-clients.refused.revoke");
        }
        return "redirect:/admin/api-clients";
    }
}
