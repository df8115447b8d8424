package org.dancu.locality.internal.web;

import java.util.regex.Pattern;

/** The form of a GSO code: 2 digits for a province, 3 for a district, 5 for a commune. */
final class LocalityCode {

    private static final Pattern FORM = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

    private LocalityCode() {
    }

    static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }

    static void check(String code) {
        if (!isWellFormed(code)) {
            throw new InvalidLocalityRequestException("locality.error.malformed-code", code);
        }
    }
}
