package org.dancu.cleansing.review;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.cleansing.datasets.CleansingRefusal;
import org.dancu.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue and the record page: record and candidate side by side, the waterfall, the decision. */
@Controller
class ReviewPageController {

    static final String REVIEWERS = "hasAnyRole('ADMINISTRATOR','PROVINCE_OFFICER','COMMUNE_OFFICER','AGENCY_OFFICER')";
    private static final int QUEUE_LENGTH = 200;

    private final ReviewQueue queue;
    private final CurrentStaff currentStaff;

    ReviewPageController(ReviewQueue queue, CurrentStaff currentStaff) {
        this.queue = queue;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/cleansing/review")
    String queue(Model model) {
        model.addAttribute("entries", queue.open(QUEUE_LENGTH));
        return "cleansing/queue";
    }

    @GetMapping("/cleansing/records/{id}")
    String record(@PathVariable long id, @RequestParam(required = false) String pin, HttpServletRequest request,
                  Model model) {
        ReviewQueue.Review review = queue.review(id, request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("review", review);
        model.addAttribute("pins", currentStaff.pinView());
        if (pin != null && !pin.isBlank()) {
            model.addAttribute("pin", pin);
            model.addAttribute("other", queue.lookUp(id, pin, request.getRemoteAddr()).orElse(null));
        }
        return "cleansing/record";
    }

    @PostMapping("/cleansing/records/{id}/decision")
    @PreAuthorize(REVIEWERS)
    String decide(@PathVariable long id, @RequestParam ReviewQueue.Action action,
                  @RequestParam(required = false) String pin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        try {
            queue.decide(id, action, pin, request.getRemoteAddr());
            redirect.addFlashAttribute("decided", action.name());
        } catch (CleansingRefusal e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/cleansing/records/" + id;
        }
        return "redirect:/cleansing/records/" + id;
    }
}
