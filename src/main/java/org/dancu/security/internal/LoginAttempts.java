package org.dancu.security.internal;

import java.time.Instant;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;
import org.dancu.security.StaffPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides one login attempt and records it: the failure count and lock of the account, and the
 * audit entries. Every path checks one password hash, so an unknown username or a locked
 * account answers in about the time a wrong password does.
 */
@Service
class LoginAttempts {

    private static final int MAX_CLAIMED_NAME = 64;

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final UnknownUsernameLockout unknownNames;
    private final LockoutPolicy policy;
    private final SecurityAudit audit;
    private final String decoyHash;

    LoginAttempts(StaffAccounts accounts, PasswordEncoder encoder, UnknownUsernameLockout unknownNames,
                  SecurityProperties properties, SecurityAudit audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.unknownNames = unknownNames;
        this.policy = properties.lockoutPolicy();
        this.audit = audit;
        this.decoyHash = encoder.encode(PasswordGenerator.generate());
    }

    @Transactional
    LoginResult attempt(String typedUsername, String password, String origin) {
        Instant now = Instant.now();
        Optional<String> username = Usernames.normalise(typedUsername);
        Optional<StaffAccount> found = username.flatMap(accounts::findByUsernameForUpdate);
        if (found.isEmpty()) {
            return unknown(typedUsername, username.orElse(null), password, origin, now);
        }
        StaffAccount account = found.get();
        String name = account.username();
        Actor actor = Actor.staff(name);
        if (account.isLockedAt(now)) {
            encoder.matches(password, decoyHash);
            audit.account(SecurityAction.LOGIN, actor, name, origin, Outcome.DENIED, "account locked");
            return LoginResult.LOCKED;
        }
        if (!encoder.matches(password, account.passwordHash())) {
            boolean lockedNow = account.recordFailedLogin(policy, now);
            accounts.save(account);
            audit.account(SecurityAction.LOGIN, actor, name, origin, Outcome.DENIED, "bad credentials");
            if (lockedNow) {
                audit.account(SecurityAction.LOCKOUT, Actor.system("security"), name, origin, Outcome.SUCCESS,
                        policy.threshold() + " consecutive failed logins; locked for " + policy.duration());
                return LoginResult.LOCKED;
            }
            return LoginResult.BAD_CREDENTIALS;
        }
        if (!account.enabled()) {
            audit.account(SecurityAction.LOGIN, actor, name, origin, Outcome.DENIED, "account disabled");
            return LoginResult.DISABLED;
        }
        account.recordSuccessfulLogin(now);
        if (encoder.upgradeEncoding(account.passwordHash())) {
            account.rehash(encoder.encode(password));
        }
        accounts.save(account);
        audit.account(SecurityAction.LOGIN, actor, name, origin, Outcome.SUCCESS, null);
        return LoginResult.success(account.toPrincipal());
    }

    private LoginResult unknown(String typed, String username, String password, String origin, Instant now) {
        encoder.matches(password, decoyHash);
        Actor claimed = Actor.anonymous(truncate(typed));
        String key = username != null ? username : truncate(typed);
        boolean locked = unknownNames.isLocked(key, now) || unknownNames.recordFailure(key, now);
        audit.account(SecurityAction.LOGIN, claimed, claimed.id(), origin, Outcome.DENIED, "unknown account");
        return locked ? LoginResult.LOCKED : LoginResult.BAD_CREDENTIALS;
    }

    private static String truncate(String typed) {
        String value = typed == null ? "" : typed.strip();
        return value.length() > MAX_CLAIMED_NAME ? value.substring(0, MAX_CLAIMED_NAME) : value;
    }

    /** How an attempt ended; only a success carries a principal. */
    record LoginResult(Kind kind, StaffPrincipal principal) {

        enum Kind { SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED }

        static final LoginResult BAD_CREDENTIALS = new LoginResult(Kind.BAD_CREDENTIALS, null);
        static final LoginResult LOCKED = new LoginResult(Kind.LOCKED, null);
        static final LoginResult DISABLED = new LoginResult(Kind.DISABLED, null);

        static LoginResult success(StaffPrincipal principal) {
            return new LoginResult(Kind.SUCCESS, principal);
        }
    }
}
