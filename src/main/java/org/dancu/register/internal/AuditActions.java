package org.dancu.register.internal;

/** The ledger's actions on persons that more than one of the register's features writes. */
public final class AuditActions {

    /** A person's record, history or household read. */
    public static final String READ = "register.person.read";
    /** A search or list of persons. */
    public static final String SEARCH = "register.person.search";
    /** A change of a person's record: a life event or new contact details. */
    public static final String CHANGE = "register.person.change";

    private AuditActions() {
    }
}
