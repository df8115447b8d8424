package org.dancu.results.seal;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultField;
import org.springframework.stereotype.Component;

/**
 * The province's seal on results, one signature a result: {@link #seal} signs the result's minimal claims with the
 * hash of its canonical record (CWT in a COSE_Sign1, ES256, the active key), which is both the record's seal and
 * the offline QR's text, checked by {@link OfflineVerifier} (the command line, and the verifier page's script in
 * the browser); {@link #allocate} gives new results their status entries.
 */
@Component
public class ResultSeal {

    /** The fields of a result the offline QR repeats, beside the parcel's code: what a checker compares with the paper. */
    static final List<String> KEY_FIELDS = List.of("certificate-serial");
    static final String PARCEL_FIELD = "parcel-code";

    private final ProvinceKeys keys;
    private final StatusLists statusLists;
    private final String issuer;

    ResultSeal(ProvinceKeys keys, StatusLists statusLists, SealProperties properties) {
        this.keys = keys;
        this.statusLists = statusLists;
        this.issuer = properties.issuer();
    }

    /** Random free entries of the status lists, one for each of {@code count} results about to be issued. */
    public List<Integer> allocate(int count) {
        return statusLists.allocate(count);
    }

    /**
     * The result's seal: its minimal claims ({@link OfflineClaims}, the record's hash among them) signed by the
     * active key, zlib, Base45, behind {@code VN1:}: the offline QR's text. Made once, when the result is issued
     * (its time lies in the signing key's window, and every print carries the same text); {@code Results.offlineText}
     * gives it back.
     *
     * @param result the result, its hash and status index set
     * @param names  the holders' names as the register holds them (issuing read and audits them); a holder without
     *               one is shown without a name
     */
    public Sealed seal(IssuedResult result, Map<Pin, PersonName> names) {
        ProvinceKeys.SigningKey key = keys.signing();
        return new Sealed(key.keyId(),
                OfflineText.encode(CoseSign1.sign(key.keyId(), key.privateKey(), claims(result, names).encode())));
    }

    OfflineClaims claims(IssuedResult result, Map<Pin, PersonName> names) {
        List<OfflineClaims.Holder> holders = result.holders().stream()
                .map(pin -> new OfflineClaims.Holder(names.containsKey(pin) ? names.get(pin).fullName() : "",
                        pin.birthYear(), pin.masked()))
                .toList();
        Map<String, String> fields = new LinkedHashMap<>();
        for (ResultField field : result.fields()) {
            if (KEY_FIELDS.contains(field.name())) {
                fields.put(field.name(), field.value());
            }
        }
        if (result.parcel() != null) {
            fields.put(PARCEL_FIELD, result.parcel().code());
        }
        return new OfflineClaims(issuer, result.code().value(), result.issuedAt().truncatedTo(ChronoUnit.SECONDS),
                result.agencyCode(), holders, fields, result.statusIndex(), result.hash());
    }
}
