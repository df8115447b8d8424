package org.dancu.results;

import java.time.Instant;
import java.util.List;
import org.dancu.civil.Pin;

/**
 * A result as the register holds it.
 *
 * @param code             its stable result code
 * @param publicId         the unguessable id of the online QR link ({@code /r/{publicId}})
 * @param successor        the result that replaced it, when superseded, else {@code null}
 * @param revocationReason why it was revoked, else {@code null}
 * @param statusChangedAt  when it was superseded or revoked, else {@code null}
 * @param hash             SHA-256 of its canonical record
 * @param keyId            the id of the province key that signed it
 * @param statusIndex      its entry in the published status list
 */
public record IssuedResult(ResultCode code, String publicId, ResultType type, List<Pin> holders,
        String agencyCode, String officer, String legalBasis, String dossierCode,
        List<ResultField> fields, ParcelRef parcel, Provenance provenance, ResultStatus status,
        ResultCode successor, String revocationReason, Instant issuedAt, Instant statusChangedAt,
        byte[] hash, String keyId, int statusIndex) {
}
