package org.dancu.security.internal;

import org.dancu.security.CurrentStaff;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page; Spring Security handles the POST. The web server answers before the start has
 * finished (the demo's accounts, population and steering history are made after it opens), so until
 * the application accepts traffic the page says it is still loading.
 */
@Controller
class LoginController {

    private final CurrentStaff currentStaff;
    private final SecurityProperties properties;
    private final ApplicationAvailability availability;

    LoginController(CurrentStaff currentStaff, SecurityProperties properties, ApplicationAvailability availability) {
        this.currentStaff = currentStaff;
        this.properties = properties;
        this.availability = availability;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (currentStaff.principal().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("lockoutMinutes", properties.lockoutDuration().toMinutes());
        model.addAttribute("starting", availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC);
        return "security/login";
    }
}
