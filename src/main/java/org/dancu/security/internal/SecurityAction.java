package org.dancu.security.internal;

/** The audit actions of the security module, as they appear in the ledger. */
enum SecurityAction {

    LOGIN("security.login"),
    LOGOUT("security.logout"),
    LOCKOUT("security.lockout"),
    PASSWORD_CHANGE("security.password.change"),
    ACCOUNT_CREATE("security.account.create"),
    ACCOUNT_UPDATE("security.account.update"),
    ACCOUNT_DISABLE("security.account.disable"),
    ACCOUNT_ENABLE("security.account.enable"),
    ACCOUNT_UNLOCK("security.account.unlock"),
    ACCOUNT_PASSWORD_RESET("security.account.password-reset"),
    ACCESS_DENIED("security.access-denied");

    private final String action;

    SecurityAction(String action) {
        this.action = action;
    }

    String action() {
        return action;
    }
}
