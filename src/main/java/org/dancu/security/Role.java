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
    AUDITOR,
    /** Digitising paper archives: uploads a commune's scans and settles what two digitisers entered differently. */
    CLERK,
    /** Digitising paper archives: enters what a commune's scans say where OCR is unsure. */
    DIGITISER,
    /** Digitising paper archives: checks a commune's digitised records against their scans before they are issued. */
    SPOT_CHECKER;

    /**
     * Does this role keep the population data? Its holders see personal IDs in full and contact details;
     * agency officers and auditors need to recognise a person, not copy the ID or contact them, so they
     * see masked IDs.
     */
    public boolean keepsPopulationData() {
        return this == ADMINISTRATOR || this == PROVINCE_OFFICER || this == COMMUNE_OFFICER || digitises();
    }

    /**
     * Is this one of the roles that digitise a commune's paper archives? They copy IDs from the scans they
     * read, so they see them whole.
     */
    public boolean digitises() {
        return this == CLERK || this == DIGITISER || this == SPOT_CHECKER;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
