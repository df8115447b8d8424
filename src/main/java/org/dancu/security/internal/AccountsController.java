package org.dancu.security.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.security.Role;
import org.dancu.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for staff accounts (the URL rule admits administrators only). */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private static final String LIST = "security/accounts";
    private static final String FORM = "security/account-form";
    private static final String ISSUED = "security/account-password";
    private static final String NOTICE = "notice";
    private static final String REFUSAL = "refusal";

    private final AccountDirectory directory;
    private final AccountAdministration administration;
    private final ScopeChoices scopeChoices;
    private final Agencies agencies;

    AccountsController(AccountDirectory directory, AccountAdministration administration, ScopeChoices scopeChoices,
                       Agencies agencies) {
        this.directory = directory;
        this.administration = administration;
        this.scopeChoices = scopeChoices;
        this.agencies = agencies;
    }

    @GetMapping
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        model.addAttribute("listing", directory.list(role, q, page, locale));
        return LIST;
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return form(new AccountForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("account") AccountForm form, BindingResult result,
                  @AuthenticationPrincipal StaffPrincipal admin, HttpServletRequest request, Model model) {
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        try {
            model.addAttribute("issued", administration.create(form, admin, request.getRemoteAddr()));
            return ISSUED;
        } catch (InvalidInput invalid) {
            reject(invalid, result);
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        AccountDirectory.Entry entry = directory.find(id, locale);
        return form(AccountForm.of(entry), entry, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("account") AccountForm form, BindingResult result,
                  @AuthenticationPrincipal StaffPrincipal admin, HttpServletRequest request, Locale locale,
                  Model model, RedirectAttributes redirect) {
        AccountDirectory.Entry entry = directory.find(id, locale);
        if (result.hasErrors()) {
            return form(form, entry, model);
        }
        try {
            administration.update(id, form, admin, request.getRemoteAddr());
        } catch (InvalidInput invalid) {
            reject(invalid, result);
            return form(form, entry, model);
        }
        return backToAccount(id, NOTICE, "security.account.notice.saved", redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, HttpServletRequest request,
                   RedirectAttributes redirect) {
        try {
            administration.disable(id, admin, request.getRemoteAddr());
        } catch (InvalidInput refused) {
            return backToAccount(id, REFUSAL, refused.problems().get(0).code(), redirect);
        }
        return backToAccount(id, NOTICE, "security.account.notice.disabled", redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        administration.enable(id, admin, request.getRemoteAddr());
        return backToAccount(id, NOTICE, "security.account.notice.enabled", redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        administration.unlock(id, admin, request.getRemoteAddr());
        return backToAccount(id, NOTICE, "security.account.notice.unlocked", redirect);
    }

    /** Shows the new one-time password in this response only; it is stored nowhere but as a hash. */
    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal admin,
                         HttpServletRequest request, Model model) {
        model.addAttribute("issued", administration.resetPassword(id, admin, request.getRemoteAddr()));
        return ISSUED;
    }

    private String form(AccountForm form, AccountDirectory.Entry existing, Model model) {
        model.addAttribute("account", form);
        model.addAttribute("existing", existing);
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopeChoices", scopeChoices.byGroup(existing == null ? null : existing.scopeLocality()));
        model.addAttribute("agencies", agencies.all());
        return FORM;
    }

    /** Back to the account's page, which shows the flashed message: a notice of the change or a refusal. */
    private static String backToAccount(long id, String kind, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute(kind, messageKey);
        return "redirect:/admin/accounts/" + id;
    }

    private static void reject(InvalidInput invalid, BindingResult result) {
        invalid.problems().forEach(p -> result.rejectValue(p.field(), p.code()));
    }
}
