package org.dancu.security.internal;

import org.dancu.security.Role;

/** The values of the create and edit forms; the username is ignored on edit. */
class AccountForm {

    private String username;
    private String displayName;
    private Role role;
    private String scopeLocality;
    private String scopeAgency;

    static AccountForm of(AccountDirectory.Entry account) {
        AccountForm form = new AccountForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role();
        form.scopeLocality = account.scopeLocality();
        form.scopeAgency = account.agencyCode();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getScopeLocality() {
        return scopeLocality;
    }

    public void setScopeLocality(String scopeLocality) {
        this.scopeLocality = scopeLocality;
    }

    public String getScopeAgency() {
        return scopeAgency;
    }

    public void setScopeAgency(String scopeAgency) {
        this.scopeAgency = scopeAgency;
    }
}
