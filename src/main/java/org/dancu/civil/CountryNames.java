package org.dancu.civil;

import java.util.Locale;
import java.util.Set;

/**
 * Countries by name, in the reader's language, for the ISO 3166-1 alpha-2 codes the register keeps
 * as nationality ({@code VN} reads "Việt Nam" or "Vietnam"); a code that names no country is shown
 * as it is.
 */
public final class CountryNames {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private CountryNames() {
    }

    public static String of(String code, Locale language) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(upper) ? new Locale("", upper).getDisplayCountry(language) : code;
    }
}
