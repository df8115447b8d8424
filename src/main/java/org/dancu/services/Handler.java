package org.dancu.services;

/**
 * Who handles a step: the commune of the dossier (its commune officers) or a provincial agency (its
 * agency officers whose scope covers the dossier's commune).
 *
 * @param agencyCode the agency's code in {@code security.agency} when {@code kind} is AGENCY, else null
 */
public record Handler(Kind kind, String agencyCode) {

    public enum Kind { COMMUNE, AGENCY }

    public static Handler commune() {
        return new Handler(Kind.COMMUNE, null);
    }

    public static Handler agency(String code) {
        return new Handler(Kind.AGENCY, code);
    }
}
