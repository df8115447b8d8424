package org.dancu.services;

/**
 * The codes of the steering indicators the services module declares and counts (docs/services.md,
 * "Indicators"); their wording is in the services bundle.
 */
public final class ServicesIndicators {

    /** Dossiers of the essential online services filed online (portal or national interconnection), of all filed. */
    public static final String ONLINE_ESSENTIAL = "ONLINE_ESSENTIAL";
    /** Legs ended (completed or refused) by their deadline, of the legs ended. */
    public static final String ON_TIME = "SERVICES_ON_TIME";
    /** Components the state held that the applicant still had to supply, of the components the state held. */
    public static final String REASKED = "SERVICES_REASKED";

    private ServicesIndicators() {
    }
}
