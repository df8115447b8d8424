package org.dancu.citizen.portal;

import org.dancu.citizen.internal.CitizenUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's home, and the section whose module is still to come (feedback): it
 * says plainly that it holds nothing yet, and never shows made-up data.
 */
@Controller
class PortalController {

    @GetMapping("/citizen")
    String home(@AuthenticationPrincipal CitizenUser user, Model model) {
        model.addAttribute("citizen", user.citizen());
        return "citizen/home";
    }

    @GetMapping("/citizen/{section:feedback}")
    String notYet(@PathVariable String section, Model model) {
        model.addAttribute("section", section);
        return "citizen/not-yet";
    }
}
