package org.dancu.steering;

import java.util.Objects;

/**
 * Where the records behind one figure are listed, page by page, by the module that counts them: the
 * records of the numerator and those of the denominator, each an address within the application
 * ({@code /cleansing/records?...}). The lists select with the same condition the count uses, so their
 * totals are the figure's numerator and denominator as of the last recompute.
 */
public record RecordLinks(String numerator, String denominator) {

    public RecordLinks {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }
}
