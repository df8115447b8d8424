package org.dancu.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What administrators do to accounts. Each change is checked first (bad input changes nothing),
 * then saved together with its audit entry. An administrator cannot disable or demote their own
 * account, so the acting administrator always remains: there is never none left.
 */
@Service
class AccountAdministration {

    static final int MAX_DISPLAY_NAME = 120;

    private final StaffAccounts accounts;
    private final ScopeRules scopeRules;
    private final PasswordEncoder encoder;
    private final SecurityAudit audit;

    AccountAdministration(StaffAccounts accounts, ScopeRules scopeRules, PasswordEncoder encoder,
                          SecurityAudit audit) {
        this.accounts = accounts;
        this.scopeRules = scopeRules;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates the account with a one-time password, which is returned to be shown once. */
    @Transactional
    IssuedPassword create(AccountForm form, StaffPrincipal admin, String origin) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> username = Usernames.normalise(form.getUsername());
        if (username.isEmpty()) {
            problems.add(new FieldProblem("username", "security.account.error.username-format"));
        } else if (accounts.existsByUsername(username.get())) {
            problems.add(new FieldProblem("username", "security.account.error.username-taken"));
        }
        Scope scope = checked(form, problems);
        String password = PasswordGenerator.generate();
        StaffAccount account = StaffAccount.create(username.get(), form.getDisplayName().strip(), form.getRole(),
                scope, encoder.encode(password), true, admin.getUsername(), Instant.now());
        accounts.save(account);
        audit.account(SecurityAction.ACCOUNT_CREATE, Actor.staff(admin.getUsername()), account.username(), origin,
                Outcome.SUCCESS, "role " + account.role() + ", scope " + describe(scope));
        return new IssuedPassword(account.id(), account.username(), password);
    }

    @Transactional
    void update(long id, AccountForm form, StaffPrincipal admin, String origin) {
        StaffAccount account = load(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (account.id() == admin.getAccountId() && form.getRole() != account.role()) {
            problems.add(new FieldProblem("role", "security.account.error.own-role"));
        }
        Scope scope = checked(form, problems);
        account.assign(form.getDisplayName().strip(), form.getRole(), scope, admin.getUsername(), Instant.now());
        accounts.save(account);
        audit.account(SecurityAction.ACCOUNT_UPDATE, Actor.staff(admin.getUsername()), account.username(), origin,
                Outcome.SUCCESS, "role " + account.role() + ", scope " + describe(scope));
    }

    @Transactional
    void disable(long id, StaffPrincipal admin, String origin) {
        StaffAccount account = load(id);
        if (account.id() == admin.getAccountId()) {
            throw new InvalidInput("enabled", "security.account.error.own-disable");
        }
        account.disable(admin.getUsername(), Instant.now());
        save(account, SecurityAction.ACCOUNT_DISABLE, admin, origin);
    }

    @Transactional
    void enable(long id, StaffPrincipal admin, String origin) {
        StaffAccount account = load(id);
        account.enable(admin.getUsername(), Instant.now());
        save(account, SecurityAction.ACCOUNT_ENABLE, admin, origin);
    }

    @Transactional
    void unlock(long id, StaffPrincipal admin, String origin) {
        StaffAccount account = load(id);
        account.unlock(admin.getUsername(), Instant.now());
        save(account, SecurityAction.ACCOUNT_UNLOCK, admin, origin);
    }

    /** Replaces the password by a one-time password the owner must change at the next login. */
    @Transactional
    IssuedPassword resetPassword(long id, StaffPrincipal admin, String origin) {
        StaffAccount account = load(id);
        String password = PasswordGenerator.generate();
        account.setPassword(encoder.encode(password), true, admin.getUsername(), Instant.now());
        account.unlock(admin.getUsername(), Instant.now());
        save(account, SecurityAction.ACCOUNT_PASSWORD_RESET, admin, origin);
        return new IssuedPassword(account.id(), account.username(), password);
    }

    private Scope checked(AccountForm form, List<FieldProblem> problems) {
        String displayName = form.getDisplayName() == null ? "" : form.getDisplayName().strip();
        if (displayName.isEmpty()) {
            problems.add(new FieldProblem("displayName", "security.account.error.display-name-required"));
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            problems.add(new FieldProblem("displayName", "security.account.error.display-name-too-long"));
        }
        Scope scope = null;
        if (form.getRole() == null) {
            problems.add(new FieldProblem("role", "security.account.error.role-required"));
        } else {
            try {
                scope = scopeRules.scopeFor(form.getRole(), form.getScopeLocality(), form.getScopeAgency());
            } catch (InvalidInput scopeProblems) {
                problems.addAll(scopeProblems.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return scope;
    }

    private StaffAccount load(long id) {
        return accounts.findByIdForUpdate(id).orElseThrow(() -> new AccountNotFound(id));
    }

    private void save(StaffAccount account, SecurityAction action, StaffPrincipal admin, String origin) {
        accounts.save(account);
        audit.account(action, Actor.staff(admin.getUsername()), account.username(), origin, Outcome.SUCCESS, null);
    }

    private static String describe(Scope scope) {
        return (scope.localityCode() == null ? "-" : scope.localityCode())
                + (scope.agencyCode() == null ? "" : " / " + scope.agencyCode());
    }

    /** A password generated for an account, to be shown to the administrator exactly once. */
    record IssuedPassword(long accountId, String username, String password) {
    }

    /** No account has that id. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class AccountNotFound extends RuntimeException {
        AccountNotFound(long id) {
            super("no staff account " + id);
        }
    }
}
