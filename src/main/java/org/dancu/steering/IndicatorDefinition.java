package org.dancu.steering;

import java.util.Objects;

/**
 * One indicator in the manner of DHIS2: value = numerator / denominator × factor. Its name and the
 * wording of each side live in the steering message bundles under
 * {@code steering.indicator.<code>.name}, {@code .numerator} and {@code .denominator}.
 *
 * @param code        stable identifier, upper case
 * @param factor      100 for a percentage, 1000 for "per thousand", 1 for a plain ratio
 * @param leadAgency  the agency answerable for the indicator (security agency code)
 * @param source      the module expected to deliver the counts ("register", "cleansing" …)
 */
public record IndicatorDefinition(String code, int factor, String leadAgency, String source) {

    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(leadAgency, "leadAgency");
        Objects.requireNonNull(source, "source");
        if (factor <= 0) {
            throw new IllegalArgumentException("factor must be positive");
        }
    }

    public String nameKey() {
        return "steering.indicator." + code + ".name";
    }

    public String numeratorKey() {
        return "steering.indicator." + code + ".numerator";
    }

    public String denominatorKey() {
        return "steering.indicator." + code + ".denominator";
    }
}
