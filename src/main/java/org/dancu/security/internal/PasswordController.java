package org.dancu.security.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where officers change their own password, and where a one-time password sends them. */
@Controller
@RequestMapping(PasswordChangeGate.PASSWORD_PAGE)
class PasswordController {

    static final String VIEW = "security/password";

    private final PasswordChanges changes;
    private final PasswordPolicy policy;

    PasswordController(PasswordChanges changes, PasswordPolicy policy) {
        this.changes = changes;
        this.policy = policy;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return policy.minLength();
    }

    @GetMapping
    String form(@ModelAttribute("passwordForm") PasswordForm form) {
        return VIEW;
    }

    @PostMapping
    String change(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                  @AuthenticationPrincipal StaffPrincipal principal, HttpServletRequest request,
                  RedirectAttributes redirect) {
        List<FieldProblem> problems = changes.change(principal.getAccountId(), form, request.getRemoteAddr());
        if (!problems.isEmpty()) {
            problems.forEach(p -> result.rejectValue(p.field(), p.code()));
            return VIEW;
        }
        request.changeSessionId();
        SignedInSince.now(request);
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PasswordChangeGate.PASSWORD_PAGE;
    }
}
