package org.dancu.smssim.internal;

import org.dancu.smssim.SimulatedSms;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo's page of "sent" SMS, marked as simulated; under {@code /admin}, so for administrators. The
 * phone numbers are masked like personal IDs: the page is for finding a code, not for copying numbers.
 */
@Controller
@ConditionalOnProperty(name = "dancu.sms-sim.enabled", havingValue = "true")
class SimulatedSmsPage {

    static final int SHOWN = 100;

    private final ReceivedMessages received;

    SimulatedSmsPage(ReceivedMessages received) {
        this.received = received;
    }

    @GetMapping("/admin/sim/sms")
    String page(Model model) {
        model.addAttribute("messages", received.latest(SHOWN).stream().map(SimulatedSmsPage::masked).toList());
        model.addAttribute("received", received.received());
        model.addAttribute("shown", SHOWN);
        return "smssim/received";
    }

    /** {@code 0912345678} → {@code 091*****78}. */
    static SimulatedSms masked(SimulatedSms sms) {
        String phone = sms.phone();
        String shown = phone.length() <= 5 ? "*".repeat(phone.length())
                : phone.substring(0, 3) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
        return new SimulatedSms(sms.idempotencyKey(), shown, sms.text(), sms.receivedAt(), sms.repeats());
    }
}
