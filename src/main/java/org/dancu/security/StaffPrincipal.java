package org.dancu.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;

/**
 * The signed-in staff member, as kept in the session. It holds no password: the hash stays in
 * the database. Pages print {@code principal.displayName}; modules read the scope through
 * {@link CurrentStaff}.
 */
public final class StaffPrincipal implements Principal, Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Scope scope;
    private final boolean mustChangePassword;

    public StaffPrincipal(long accountId, String username, String displayName, Role role, Scope scope,
                          boolean mustChangePassword) {
        this.accountId = accountId;
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.mustChangePassword = mustChangePassword;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    /** The username: Spring Security and the servlet API know the principal by it. */
    @Override
    public String getName() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Scope getScope() {
        return scope;
    }

    /** True while the account still carries a one-time password that must be replaced. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Equal only when every field is, so a session notices when its account's role or scope changed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && accountId == that.accountId
                && username.equals(that.username) && displayName.equals(that.displayName)
                && role == that.role && scope.equals(that.scope) && mustChangePassword == that.mustChangePassword;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, username, displayName, role, scope, mustChangePassword);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + role + "]";
    }
}
