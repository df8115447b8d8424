package org.dancu.cleansing;

import java.util.List;

/**
 * The cleansed land and housing records other modules read in civil's types: a land or housing result and
 * its online answer read the same rows the sector's figures count (the datasets' versions in use, never a
 * replaced or withdrawn one). Not scoped and not audited here: the caller writes its ledger entry before an
 * owner's ID leaves the system.
 */
public interface PropertyRecords {

    /** The land records of the parcel (its code as {@code land_parcel} holds it), in record order. */
    List<PropertyRecord> ofParcel(String parcelCode);

    /** The land or housing records of the certificate ({@code land_certificate} / {@code house_certificate}), in record order. */
    List<PropertyRecord> ofCertificate(Sector sector, String certificate);
}
