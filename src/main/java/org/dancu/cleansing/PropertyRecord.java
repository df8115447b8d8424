package org.dancu.cleansing;

import org.dancu.civil.Pin;

/**
 * One cleansed record of a land or housing dataset in use: the certificate and parcel as the agency sent
 * them, and the owner's personal ID as cleansed (the register's, filled in on linking, else as sent).
 *
 * @param recordId    the record, for a link back to it
 * @param sector      {@link Sector#LAND} or {@link Sector#HOUSING}
 * @param agencyCode  the agency that sent the dataset
 * @param certificate the land-use or house certificate's serial as sent, empty when the file had none
 * @param parcel      the parcel's code as sent (land only), empty otherwise
 * @param owner       the owner's ID, or null when the record holds no valid one
 * @param linked      whether the record is linked to a person of the register
 */
public record PropertyRecord(long recordId, Sector sector, String agencyCode, String certificate, String parcel,
                             Pin owner, boolean linked) {
}
