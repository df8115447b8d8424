package org.dancu.citizen.internal.login;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's sign-in page (a "Log in with VNeID" button), the step that checks the provider can be
 * reached before sending the browser there, and the page a level-1 citizen gets on a level-2 page.
 */
@Controller
class LoginPages {

    private static final Logger LOG = LoggerFactory.getLogger(LoginPages.class);

    private final EidProvider provider;

    LoginPages(EidProvider provider) {
        this.provider = provider;
    }

    @GetMapping(CitizenSecurityConfiguration.LOGIN_PAGE)
    String loginPage(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error == null ? null : refusal(error));
        return "citizen/login";
    }

    /** To the provider, when its discovery document can be read; otherwise the sign-in page says it cannot. */
    @GetMapping(CitizenSecurityConfiguration.LOGIN_PAGE + "/eid")
    String start(Model model, HttpServletResponse response) {
        try {
            provider.registration();
            return "redirect:" + CitizenSecurityConfiguration.AUTHORIZATION + "/" + EidProvider.REGISTRATION;
        } catch (EidProvider.Unreachable unreachable) {
            LOG.warn("citizen login unavailable: {}", unreachable.getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("error", LoginRefusal.UNREACHABLE.code());
            return "citizen/login";
        }
    }

    /** Reached by forward from {@link LevelTwoGate}, with its 403, whatever the refused request's method. */
    @RequestMapping(CitizenSecurityConfiguration.LEVEL_2_PAGE)
    String levelTwoRequired() {
        return "citizen/level-2-required";
    }

    /** Only the codes of known refusals reach the page; anything else typed into the address reads as "other". */
    private static String refusal(String code) {
        for (LoginRefusal refusal : LoginRefusal.values()) {
            if (refusal.code().equals(code)) {
                return code;
            }
        }
        return LoginRefusal.OTHER.code();
    }
}
