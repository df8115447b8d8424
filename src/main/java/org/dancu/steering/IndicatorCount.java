package org.dancu.steering;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a source counted for one indicator in one period, commune and (optionally) agency. Several
 * counts with the same keys are added up.
 *
 * <p>Communes are given by the code as recorded, old (pre-2025) or current. Steering counts it in
 * the old commune that carried the code, whether or not a current commune reuses it, so the
 * pre-2025 view adds up. A source that knows the current commune of each record gives it as
 * {@code currentCommuneCode}: this is the only way counts of an old commune split between several
 * current communes reach the right ones. Without it, counts of a split commune go to the province
 * total only (see docs/steering.md).
 *
 * @param period             the period counted
 * @param communeCode        commune code as recorded, old or current (5 digits)
 * @param currentCommuneCode the current commune the counted records belong to, or null if unknown
 * @param agencyCode         the agency the counts belong to, or null when not agency-specific
 * @param numerator          records meeting the indicator's condition
 * @param denominator        records the condition applies to
 */
public record IndicatorCount(Period period, String communeCode, String currentCommuneCode, String agencyCode,
                             long numerator, long denominator) {

    private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");
    private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    public IndicatorCount {
        Objects.requireNonNull(period, "period");
        if (communeCode == null || !COMMUNE.matcher(communeCode).matches()) {
            throw new IllegalArgumentException("not a commune code: " + communeCode);
        }
        if (currentCommuneCode != null && !COMMUNE.matcher(currentCommuneCode).matches()) {
            throw new IllegalArgumentException("not a commune code: " + currentCommuneCode);
        }
        if (agencyCode != null && !AGENCY.matcher(agencyCode).matches()) {
            throw new IllegalArgumentException("not an agency code: " + agencyCode);
        }
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
