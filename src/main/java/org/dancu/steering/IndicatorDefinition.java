package org.dancu.steering;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One indicator in the manner of DHIS2: value = numerator / denominator × factor, declared by the
 * module that counts it ({@link IndicatorSource#definitions()}). Its name and the wording of each
 * side live in that module's message bundle under {@code <source>.indicator.<code>.name},
 * {@code .numerator} and {@code .denominator}.
 *
 * @param code       stable identifier, upper case
 * @param factor     100 for a percentage, 1000 for "per thousand", 1 for a plain ratio
 * @param leadAgency the agency answerable for the indicator (security agency code)
 * @param source     the module that declares and counts it ("register", "cleansing" …), whose
 *                   message bundle holds its wording
 * @param order      where the pages list it among all indicators (smaller first)
 */
public record IndicatorDefinition(String code, int factor, String leadAgency, String source, int order) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public IndicatorDefinition {
        Objects.requireNonNull(leadAgency, "leadAgency");
        Objects.requireNonNull(source, "source");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an indicator code: " + code);
        }
        if (factor <= 0) {
            throw new IllegalArgumentException("factor must be positive");
        }
    }

    public String nameKey() {
        return source + ".indicator." + code + ".name";
    }

    public String numeratorKey() {
        return source + ".indicator." + code + ".numerator";
    }

    public String denominatorKey() {
        return source + ".indicator." + code + ".denominator";
    }
}
