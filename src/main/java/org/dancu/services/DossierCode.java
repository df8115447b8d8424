package org.dancu.services;

import java.util.Objects;

/** The code a dossier is known by, printed on the receipt and quoted by the citizen. */
public record DossierCode(String value) {

    public DossierCode {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
