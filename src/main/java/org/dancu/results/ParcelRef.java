package org.dancu.results;

import java.util.Objects;

/**
 * The land parcel a land or housing result concerns: the commune, the cadastral map sheet and the
 * parcel's number on it.
 */
public record ParcelRef(String communeCode, String mapSheet, String parcelNumber) {

    public ParcelRef {
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(mapSheet, "mapSheet");
        Objects.requireNonNull(parcelNumber, "parcelNumber");
    }

    /** The parcel's code as the land datasets write it: commune, map sheet and parcel number joined by dots. */
    public String code() {
        return communeCode + "." + mapSheet + "." + parcelNumber;
    }
}
