package org.dancu.security.internal;

import java.time.Instant;
import java.util.Objects;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member's account: who they are, what they may do and see, and the state of their
 * password and logins. Every change names who made it; the role/scope pairing is checked here so
 * no code path can store an agency officer without an agency or an officer without a locality.
 */
@Table(schema = "security", name = "staff_account")
public class StaffAccount {

    @Id
    private Long id;
    @Version
    private Long version;
    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private String scopeLocality;
    private String scopeAgency;
    private boolean enabled;
    private int failedAttempts;
    private Instant lockedUntil;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private Instant lastLoginAt;

    @PersistenceCreator
    private StaffAccount() {
    }

    public static StaffAccount create(String username, String displayName, Role role, Scope scope,
                               String passwordHash, boolean mustChangePassword, String by, Instant now) {
        StaffAccount account = new StaffAccount();
        account.username = Usernames.requireNormalised(username);
        account.enabled = true;
        account.createdAt = now;
        account.createdBy = Objects.requireNonNull(by, "by");
        account.assign(displayName, role, scope, by, now);
        account.setPassword(passwordHash, mustChangePassword, by, now);
        return account;
    }

    /** Changes the name, role and scope together, since the scope a role needs depends on the role. */
    void assign(String newDisplayName, Role newRole, Scope newScope, String by, Instant now) {
        Objects.requireNonNull(newRole, "role");
        boolean agencyRole = newRole == Role.AGENCY_OFFICER;
        if (agencyRole != (newScope.agencyCode() != null)) {
            throw new IllegalArgumentException("an agency belongs to the scope of agency officers only");
        }
        if (!agencyRole && newScope.localityCode() == null) {
            throw new IllegalArgumentException(newRole + " needs a locality scope");
        }
        displayName = requireText(newDisplayName, "displayName");
        role = newRole;
        scopeLocality = newScope.localityCode();
        scopeAgency = newScope.agencyCode();
        touch(by, now);
    }

    void setPassword(String newHash, boolean oneTime, String by, Instant now) {
        passwordHash = requireText(newHash, "passwordHash");
        mustChangePassword = oneTime;
        passwordChangedAt = now;
        touch(by, now);
    }

    /** Replaces the stored hash by a stronger one of the same password; nothing else changes. */
    void rehash(String strongerHash) {
        passwordHash = requireText(strongerHash, "passwordHash");
    }

    void disable(String by, Instant now) {
        enabled = false;
        touch(by, now);
    }

    void enable(String by, Instant now) {
        enabled = true;
        touch(by, now);
    }

    void unlock(String by, Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        touch(by, now);
    }

    /** Records a wrong password on an unlocked account and returns true when this failure locked it. */
    boolean recordFailedLogin(LockoutPolicy policy, Instant now) {
        LockoutPolicy.LoginFailures after = policy.afterFailure(failures(), now);
        failedAttempts = after.consecutive();
        lockedUntil = after.lockedUntil();
        return after.lockedAt(now);
    }

    void recordSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    boolean isLockedAt(Instant now) {
        return failures().lockedAt(now);
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    StaffPrincipal toPrincipal() {
        return new StaffPrincipal(id, username, displayName, role, scope(), mustChangePassword);
    }

    Scope scope() {
        return new Scope(scopeLocality, scopeAgency);
    }

    private LockoutPolicy.LoginFailures failures() {
        return new LockoutPolicy.LoginFailures(failedAttempts, lockedUntil);
    }

    private void touch(String by, Instant now) {
        updatedBy = Objects.requireNonNull(by, "by");
        updatedAt = Objects.requireNonNull(now, "now");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }
}
