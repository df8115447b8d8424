package org.dancu.citizen.portal;

import org.dancu.citizen.internal.CitizenUser;
import org.dancu.notify.Inbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The citizen's in-portal inbox: what the province told them through notify, newest first. */
@Controller
class InboxController {

    static final int SHOWN = 100;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/citizen/inbox")
    String inbox(@AuthenticationPrincipal CitizenUser user, Model model) {
        model.addAttribute("messages", inbox.of(user.citizen().pin(), SHOWN));
        return "citizen/inbox";
    }
}
