package org.dancu.citizen.internal.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a login lands until the portal's home page replaces it: whom the portal signed in. */
@Controller
class CitizenLandingPage {

    @GetMapping(CitizenSecurityConfiguration.HOME)
    String landing() {
        return "citizen/landing";
    }
}
