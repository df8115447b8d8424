package org.dancu.results.seal;

import java.util.Map;
import java.util.Optional;

import org.dancu.results.ResultStatus;
import org.dancu.results.seal.OfflineVerdict.Outcome;

/**
 * Checks an offline QR's text against a trust list and the status lists at hand, with no network: the command
 * line's check ({@code ./dancu verify-result}), and the same steps the verifier page takes in the browser.
 */
public final class OfflineVerifier {

    private final TrustList trust;
    private final Map<Integer, StatusList> statusLists;

    /** @param statusLists the lists at hand by list id; an entry in none of them is answered as unchecked */
    public OfflineVerifier(TrustList trust, Map<Integer, StatusList> statusLists) {
        this.trust = trust;
        this.statusLists = Map.copyOf(statusLists);
    }

    public OfflineVerdict verify(String text) {
        if (!OfflineText.looksLike(text)) {
            return OfflineVerdict.of(Outcome.UNREADABLE);
        }
        CoseSign1.Read message;
        OfflineClaims claims;
        try {
            message = CoseSign1.read(OfflineText.decode(text));
            if (message.payload() == null) {
                return OfflineVerdict.of(Outcome.NOT_AUTHENTIC);
            }
            claims = OfflineClaims.decode(message.payload());
        } catch (IllegalArgumentException e) {
            return OfflineVerdict.of(Outcome.NOT_AUTHENTIC);
        }
        Optional<ProvinceKey> key = trust.key(message.keyId());
        if (key.isEmpty()) {
            return OfflineVerdict.of(Outcome.UNKNOWN_KEY);
        }
        if (!message.signedBy(key.get().publicKey())) {
            return OfflineVerdict.of(Outcome.NOT_AUTHENTIC);
        }
        if (!key.get().vouchesFor(claims.issuedAt())) {
            return OfflineVerdict.of(Outcome.WITHDRAWN_KEY);
        }
        StatusList list = statusLists.get(StatusList.listOf(claims.statusIndex()));
        if (list == null) {
            return new OfflineVerdict(Outcome.VALID, claims, null);
        }
        ResultStatus status = list.status(claims.statusIndex());
        Outcome outcome = switch (status) {
            case VALID -> Outcome.VALID;
            case REVOKED -> Outcome.REVOKED;
            case SUPERSEDED -> Outcome.SUPERSEDED;
        };
        return new OfflineVerdict(outcome, claims, list.updatedAt());
    }
}
