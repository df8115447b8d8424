package org.dancu.results.online;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.results.sharing.ShareLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages anyone holding the paper or a link opens, with no login: {@code /r/{publicId}} (the online QR code)
 * and {@code /r/s/{secret}} (a link the holder shared). Both show the result's minimum and its status in words,
 * every view on the ledger against each holder. An id or link no result has, whatever its shape, gets the same
 * plain "no such result" after the same look-up, so the answer tells nothing about which exist; a shared link
 * that expired or was withdrawn says only since when.
 */
@Controller
class ResultLinkController {

    private final OnlineAnswers answers;
    private final ShareLinks shares;
    private final VisitLimiter limiter;

    ResultLinkController(OnlineAnswers answers, ShareLinks shares, VisitLimiter limiter) {
        this.answers = answers;
        this.shares = shares;
        this.limiter = limiter;
    }

    @GetMapping("/r/{publicId}")
    String result(@PathVariable String publicId, HttpServletRequest request, HttpServletResponse response,
                  Locale locale, Model model) {
        String origin = request.getRemoteAddr();
        return limited(origin, response, () -> answers.byPublicId(publicId, origin, locale)
                .map(answer -> shown(answer, model))
                .orElseGet(() -> none("results.online.unknown", publicId, origin, response)));
    }

    @GetMapping("/r/s/{secret}")
    String shared(@PathVariable String secret, HttpServletRequest request, HttpServletResponse response,
                  Locale locale, Model model) {
        String origin = request.getRemoteAddr();
        return limited(origin, response, () -> {
            ShareLinks.Opened opened = shares.open(secret);
            if (opened instanceof ShareLinks.Open open) {
                return shown(answers.answer(open.result(), OnlineAnswers.Way.SHARE_LINK, origin, locale), model);
            }
            if (opened instanceof ShareLinks.Ended ended) {
                answers.refused("results.share.ended", "share-link", Long.toString(ended.shareId()), origin);
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("endedAt", ended.endedAt());
                model.addAttribute("withItsResult", ended.withItsResult());
                return "results/share-ended";
            }
            return none("results.share.unknown", null, origin, response);
        });
    }

    private String limited(String origin, HttpServletResponse response, Supplier<String> page) {
        if (!limiter.tryVisit(origin, System.nanoTime())) {
            answers.refused("results.online.limited", "result-link", null, origin);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "results/online-limited";
        }
        return page.get();
    }

    private static String shown(OnlineAnswer answer, Model model) {
        model.addAttribute("answer", answer);
        return "results/online";
    }

    private String none(String action, String asked, String origin, HttpServletResponse response) {
        answers.refused(action, "result-link", asked, origin);
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "results/online-none";
    }
}
