package org.dancu.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer replacing their own password. A wrong current password is audited as a denial (a
 * stolen session trying to take the account over) and counts as a failed login, so guessing it
 * locks the account as guessing at the login page would; like every other problem, it changes
 * nothing else.
 */
@Service
class PasswordChanges {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SecurityAudit audit;
    private final LockoutPolicy lockout;

    PasswordChanges(StaffAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy, SecurityAudit audit,
                    SecurityProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.lockout = properties.lockoutPolicy();
    }

    /** Changes the password, or returns the problems and changes nothing. */
    @Transactional
    List<FieldProblem> change(long accountId, PasswordForm form, String origin) {
        StaffAccount account = accounts.findByIdForUpdate(accountId)
                .orElseThrow(() -> new AccountAdministration.AccountNotFound(accountId));
        Actor actor = Actor.staff(account.username());
        String current = nullToEmpty(form.getCurrentPassword());
        Instant now = Instant.now();
        if (account.isLockedAt(now)) {
            audit.account(SecurityAction.PASSWORD_CHANGE, actor, account.username(), origin, Outcome.DENIED,
                    "account locked");
            return List.of(new FieldProblem("currentPassword", "security.password.error.locked"));
        }
        if (!encoder.matches(current, account.passwordHash())) {
            boolean lockedNow = account.recordFailedLogin(lockout, now);
            accounts.save(account);
            audit.account(SecurityAction.PASSWORD_CHANGE, actor, account.username(), origin, Outcome.DENIED,
                    "wrong current password");
            if (lockedNow) {
                audit.account(SecurityAction.LOCKOUT, Actor.system("security"), account.username(), origin,
                        Outcome.SUCCESS, lockout.threshold() + " consecutive wrong passwords; locked for "
                                + lockout.duration());
                return List.of(new FieldProblem("currentPassword", "security.password.error.locked"));
            }
            return List.of(new FieldProblem("currentPassword", "security.password.error.current-wrong"));
        }
        String next = nullToEmpty(form.getNewPassword());
        Optional<String> violation = policy.violation(account.username(), next, current);
        if (violation.isPresent()) {
            return List.of(new FieldProblem("newPassword", violation.get()));
        }
        if (!next.equals(form.getConfirmPassword())) {
            return List.of(new FieldProblem("confirmPassword", "security.password.error.confirm-mismatch"));
        }
        account.setPassword(encoder.encode(next), false, account.username(), now);
        accounts.save(account);
        audit.account(SecurityAction.PASSWORD_CHANGE, actor, account.username(), origin, Outcome.SUCCESS, null);
        return List.of();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
