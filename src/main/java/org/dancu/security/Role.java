package org.dancu.security;

/**
 * What a staff account may do. Each role is a Spring authority {@code ROLE_<name>}, so pages and
 * methods can say {@code hasRole('ADMINISTRATOR')}.
 */
public enum Role {

    /** Manages staff accounts; sees the whole deployment province. */
    ADMINISTRATOR,
    /** Works on the whole province, or on one former district. */
    PROVINCE_OFFICER,
    /** Works on one commune (and the old communes merged into it). */
    COMMUNE_OFFICER,
    /** Works for one provincial agency on that agency's data. */
    AGENCY_OFFICER,
    /** Reads the audit ledger of the deployment province. */
    AUDITOR;

    /**
     * Does this role keep the population data? Its holders see personal IDs in full and contact details;
     * agency officers and auditors need to recognise a person, not copy the ID or contact them, so they
     * see masked IDs.
     */
    public boolean keepsPopulationData() {
        return this == ADMINISTRATOR || this == PROVINCE_OFFICER || this == COMMUNE_OFFICER;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
