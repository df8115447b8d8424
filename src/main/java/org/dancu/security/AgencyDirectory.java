package org.dancu.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The provincial agencies staff work for (reference data, no personal data), for other modules that
 * name them: the steering committee's tasks and indicators name agencies by code.
 */
public interface AgencyDirectory {

    /** Every agency, code → name in the locale's language, in code order. */
    Map<String, String> all(Locale locale);

    /** The agency's name in the locale's language; empty for a code no agency has. */
    Optional<String> name(String code, Locale locale);

    /** Whether an agency has the code. */
    default boolean exists(String code) {
        return code != null && name(code, Locale.ROOT).isPresent();
    }
}
