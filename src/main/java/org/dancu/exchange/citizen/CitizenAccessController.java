package org.dancu.exchange.citizen;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditNote;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.gateway.ExchangeProperties;
import org.dancu.httpsig.ContentDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Who used my data": a citizen proves control of an ID with a one-time code and then sees every
 * ledger entry about it. The code goes by SMS in production; this demo has no SMS gateway, so the
 * code is shown on the screen in a box marked as the demo channel. A code is issued for any
 * well-formed ID, so the page never tells whether an ID exists. Every step is audited.
 */
@Controller
@RequestMapping("/citizen/access")
class CitizenAccessController {

    private static final Logger log = LoggerFactory.getLogger(CitizenAccessController.class);
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final String CHALLENGE = CitizenAccessController.class.getName() + ".challenge";
    private static final String VERIFIED = CitizenAccessController.class.getName() + ".verified";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SHOWN = 500;

    private final AuditTrail trail;
    private final ExchangeAudit audit;
    private final CitizenThrottle throttle;
    private final ExchangeProperties properties;

    CitizenAccessController(AuditTrail trail, ExchangeAudit audit, CitizenThrottle throttle,
                            ExchangeProperties properties, Environment environment) {
        if (properties.citizenCodeOnScreen() && environment.matchesProfiles("prod")) {
            throw new IllegalStateException("dancu.exchange.citizen-code-on-screen shows citizens' one-time codes on"
                    + " the page, so anyone who knows an ID could read its access log: it is for the demo only, and"
                    + " the prod profile does not start with it");
        }
        this.trail = trail;
        this.audit = audit;
        this.throttle = throttle;
        this.properties = properties;
    }

    /** The open challenge in the session: the code is kept only as a hash. */
    static final class Challenge implements Serializable {
        private static final long serialVersionUID = 1L;
        final String pin;
        final byte[] codeHash;
        final Instant expiresAt;
        int attemptsLeft;

        Challenge(String pin, byte[] codeHash, Instant expiresAt, int attemptsLeft) {
            this.pin = pin;
            this.codeHash = codeHash;
            this.expiresAt = expiresAt;
            this.attemptsLeft = attemptsLeft;
        }
    }

    @GetMapping
    String start(HttpSession session, Model model) {
        if (session.getAttribute(VERIFIED) != null) {
            return "redirect:/citizen/access/log";
        }
        Object challenge = session.getAttribute(CHALLENGE);
        model.addAttribute("challenge", challenge != null);
        model.addAttribute("channel", properties.citizenCodeOnScreen());
        return "exchange/citizen-access";
    }

    @PostMapping("/code")
    String requestCode(@RequestParam String pin, HttpServletRequest request, HttpSession session,
                       RedirectAttributes redirect) {
        String checked = pin.strip();
        if (!properties.citizenCodeOnScreen()) {
            redirect.addFlashAttribute("refusal", "exchange.citizen.refused.no-channel");
            return "redirect:/citizen/access";
        }
        if (!Pin.hasShape(checked)) {
            redirect.addFlashAttribute("refusal", "exchange.citizen.refused.pin");
            return "redirect:/citizen/access";
        }
        if (!throttle.tryAcquire(request.getRemoteAddr(), checked, System.nanoTime())) {
            citizenEntry(checked, "exchange.citizen.code", request, Outcome.DENIED,
                    AuditNote.of("audit.note.rate-limited"));
            redirect.addFlashAttribute("refusal", "exchange.citizen.refused.rate");
            return "redirect:/citizen/access";
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        citizenEntry(checked, "exchange.citizen.code", request, Outcome.SUCCESS,
                AuditNote.of("audit.note.code-issued"));
        session.removeAttribute(VERIFIED);
        session.setAttribute(CHALLENGE, new Challenge(checked, hash(code),
                Instant.now().plus(properties.citizenCodeTtl()), properties.citizenAttempts()));
        log.info("demo SMS simulator: a one-time code for {} was shown on the demo screen instead of being sent",
                Pin.mask(checked));
        redirect.addFlashAttribute("demoCode", code);
        return "redirect:/citizen/access";
    }

    @PostMapping("/verify")
    String verify(@RequestParam String code, HttpServletRequest request, HttpSession session,
                  RedirectAttributes redirect) {
        if (!(session.getAttribute(CHALLENGE) instanceof Challenge challenge)) {
            redirect.addFlashAttribute("refusal", "exchange.citizen.refused.no-code");
            return "redirect:/citizen/access";
        }
        boolean expired = Instant.now().isAfter(challenge.expiresAt);
        boolean right = !expired && CODE.matcher(code.strip()).matches()
                && MessageDigest.isEqual(challenge.codeHash, hash(code.strip()));
        if (!right) {
            challenge.attemptsLeft--;
            boolean spent = expired || challenge.attemptsLeft <= 0;
            citizenEntry(challenge.pin, "exchange.citizen.verify", request, Outcome.DENIED,
                    AuditNote.of(expired ? "audit.note.code-expired"
                            : spent ? "audit.note.code-spent" : "audit.note.code-wrong"));
            if (spent) {
                session.removeAttribute(CHALLENGE);
            } else {
                session.setAttribute(CHALLENGE, challenge);
            }
            redirect.addFlashAttribute("refusal", spent ? "exchange.citizen.refused.spent" : "exchange.citizen.refused.code");
            return "redirect:/citizen/access";
        }
        citizenEntry(challenge.pin, "exchange.citizen.verify", request, Outcome.SUCCESS, null);
        session.removeAttribute(CHALLENGE);
        request.changeSessionId();
        session.setAttribute(VERIFIED, challenge.pin);
        return "redirect:/citizen/access/log";
    }

    @GetMapping("/log")
    String accessLog(HttpServletRequest request, HttpSession session, Model model) {
        if (!(session.getAttribute(VERIFIED) instanceof String pin)) {
            return "redirect:/citizen/access";
        }
        citizenEntry(pin, "exchange.citizen.view", request, Outcome.SUCCESS, null);
        List<AuditRecord> entries = trail.findByObject(ExchangeAudit.PERSON, pin, SHOWN);
        model.addAttribute("maskedPin", Pin.mask(pin));
        model.addAttribute("entries", entries);
        return "exchange/citizen-log";
    }

    @PostMapping("/end")
    String end(HttpSession session) {
        session.invalidate();
        return "redirect:/citizen/access";
    }

    private void citizenEntry(String pin, String action, HttpServletRequest request, Outcome outcome, String detail) {
        audit.record(new AuditEntry(new Actor(Actor.Kind.CITIZEN, Pin.mask(pin)), action, ExchangeAudit.PERSON, pin,
                null, request.getRemoteAddr(), outcome, detail));
    }

    private static byte[] hash(String code) {
        return ContentDigest.sha256(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
