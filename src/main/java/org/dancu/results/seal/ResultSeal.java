package org.dancu.results.seal;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultField;
import org.springframework.stereotype.Component;

/**
 * The province's seal on results: {@link #seal} signs a result's canonical record with the active key
 * (COSE_Sign1, ES256, the payload detached); {@link #verifies} checks such a seal against the trust list's keys;
 * {@link #offlineText} makes the offline QR's signed text; {@link #allocate} gives a new result its status entry.
 */
@Component
public class ResultSeal {

    /** The fields of a result the offline QR repeats, beside the parcel's code: what a checker compares with the paper. */
    static final List<String> KEY_FIELDS = List.of("certificate-serial");
    static final String PARCEL_FIELD = "parcel-code";

    private final ProvinceKeys keys;
    private final StatusLists statusLists;
    private final RegisteredPersons persons;
    private final String issuer;

    ResultSeal(ProvinceKeys keys, StatusLists statusLists, RegisteredPersons persons, SealProperties properties) {
        this.keys = keys;
        this.statusLists = statusLists;
        this.persons = persons;
        this.issuer = properties.issuer();
    }

    /** A random free entry of the status lists for a result about to be issued. */
    public int allocate() {
        return statusLists.allocate();
    }

    /**
     * The offline QR's text: the result's minimal claims ({@link OfflineClaims}) signed by the active key, zlib,
     * Base45, behind {@code VN1:}. The holders' names are read from the register; the caller audits the reading that
     * asks for the text (issuing, the PDF), as for every other value of the result it shows.
     */
    public String offlineText(IssuedResult result) {
        ProvinceKeys.SigningKey key = keys.signing();
        return OfflineText.encode(CoseSign1.sign(key.keyId(), key.privateKey(), claims(result).encode()));
    }

    OfflineClaims claims(IssuedResult result) {
        Map<Pin, RegisteredPerson> found = persons.byPins(result.holders()).stream()
                .collect(Collectors.toMap(RegisteredPerson::pin, Function.identity(), (a, b) -> a));
        List<OfflineClaims.Holder> holders = result.holders().stream()
                .map(pin -> new OfflineClaims.Holder(found.containsKey(pin) ? found.get(pin).name().fullName() : "",
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

    /** Signs the canonical record with the active key. */
    public Sealed seal(byte[] canonicalRecord) {
        ProvinceKeys.SigningKey key = keys.signing();
        return new Sealed(key.keyId(), CoseSign1.signDetached(key.keyId(), key.privateKey(), canonicalRecord));
    }

    /** Whether the seal is a province key's signature over exactly this record (whatever the key's state now). */
    public boolean verifies(byte[] canonicalRecord, Sealed sealed) {
        CoseSign1.Read read;
        try {
            read = CoseSign1.read(sealed.signature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return read.keyId().equals(sealed.keyId()) && keys.all().stream()
                .filter(key -> key.keyId().equals(read.keyId()))
                .anyMatch(key -> read.signedBy(key.publicKey(), canonicalRecord));
    }
}
