package org.dancu.security.internal;

import org.dancu.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security handles the POST. */
@Controller
class LoginController {

    private final CurrentStaff currentStaff;
    private final SecurityProperties properties;

    LoginController(CurrentStaff currentStaff, SecurityProperties properties) {
        this.currentStaff = currentStaff;
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (currentStaff.principal().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("lockoutMinutes", properties.lockoutDuration().toMinutes());
        return "security/login";
    }
}
