package org.dancu.results.online;

import java.util.List;

import org.dancu.results.IssuedResult;

/**
 * What the QR link shows of a result, the minimum to check it: the result (type, code, day of issue, fields,
 * status), the issuing agency by name, each holder by name with a masked ID, the successor's public id when it
 * was replaced, and for a land or housing result the sector's cleansed records it agrees with.
 *
 * @param successorPublicId the public id of the result that replaced this one, or null
 * @param sectorRows        the cleansed land or housing records of the parcel or certificate (empty for others)
 */
public record OnlineAnswer(IssuedResult result, String agency, List<Holder> holders, String successorPublicId,
                           List<SectorRow> sectorRows) {

    /** A holder as the public sees them: the name the register holds (null when it holds none) and the masked ID. */
    public record Holder(String name, String maskedPin) {
    }

    /**
     * A cleansed land or housing record of the result's parcel or certificate: the owner by masked ID, and
     * whether that owner is among the result's holders.
     */
    public record SectorRow(String certificate, String parcel, String maskedOwner, boolean holder) {
    }
}
