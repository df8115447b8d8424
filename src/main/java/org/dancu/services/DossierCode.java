package org.dancu.services;

import java.util.Objects;

/**
 * The code a dossier is known by, printed on the receipt and quoted by the citizen: province, year of
 * receipt and a running number, such as {@code 011-HS-2026-00000123}.
 */
public record DossierCode(String value) {

    public DossierCode {
        Objects.requireNonNull(value, "value");
    }

    /** The code of the dossier numbered {@code number}, received in {@code year} by the province {@code provinceCode}. */
    public static DossierCode of(String provinceCode, int year, long number) {
        return new DossierCode("%s-HS-%d-%08d".formatted(provinceCode, year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
