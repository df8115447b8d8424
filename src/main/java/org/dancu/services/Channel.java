package org.dancu.services;

/** How a dossier arrived. */
public enum Channel {
    /** The citizen portal, signed in with the e-ID at level 2. */
    ONLINE,
    /** The commune counter: an officer files on the citizen's behalf with scanned attachments. */
    COUNTER,
    /** Pushed by the national interconnection software through the signed API. */
    INTERCONNECTION
}
