package org.dancu.results.seal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.authlete.cbor.CBORDecoder;
import com.authlete.cbor.CBORizer;

/**
 * The minimum a checker needs to know a result, as the offline QR carries it: CWT claims (RFC 8392) with the
 * issuer, the issue time and the result code as the token id, and one private claim holding the issuing agency,
 * each holder's name, birth year and masked ID, the few key fields of the type (a land certificate's serial, the
 * parcel code), the result's entry in the status lists and its record hash. docs/results.md gives the layout.
 *
 * @param issuer      who issued it ({@code dancu.results.seal.issuer})
 * @param code        the result code (its letters name the type)
 * @param issuedAt    when it was issued, to the second
 * @param agencyCode  the issuing agency
 * @param holders     the holders as the QR shows them
 * @param keyFields   the type's key fields, by their bundle name ({@code results.field.<name>})
 * @param statusIndex the result's entry in the status lists
 * @param recordHash  SHA-256 of the canonical record
 */
public record OfflineClaims(String issuer, String code, Instant issuedAt, String agencyCode, List<Holder> holders,
        Map<String, String> keyFields, int statusIndex, byte[] recordHash) {

    /** CWT's claim keys (RFC 8392) and the result's private claim. */
    private static final int ISS = 1;
    private static final int IAT = 6;
    private static final int CTI = 7;
    private static final int RESULT = -70_001;
    private static final int AGENCY = 1;
    private static final int HOLDERS = 2;
    private static final int FIELDS = 3;
    private static final int STATUS = 4;
    private static final int HASH = 5;

    /** A holder as the QR shows them: full name, birth year, masked ID. */
    public record Holder(String name, int birthYear, String maskedId) {
    }

    public OfflineClaims {
        Objects.requireNonNull(code, "code");
        holders = List.copyOf(holders);
        keyFields = Map.copyOf(new LinkedHashMap<>(keyFields));
    }

    byte[] encode() {
        Map<Object, Object> result = new LinkedHashMap<>();
        result.put(AGENCY, agencyCode);
        List<Object> people = new ArrayList<>();
        for (Holder holder : holders) {
            people.add(List.of(holder.name(), holder.birthYear(), holder.maskedId()));
        }
        result.put(HOLDERS, people);
        result.put(FIELDS, new LinkedHashMap<>(keyFields));
        result.put(STATUS, statusIndex);
        result.put(HASH, recordHash);
        Map<Object, Object> claims = new LinkedHashMap<>();
        claims.put(ISS, issuer);
        claims.put(IAT, issuedAt.getEpochSecond());
        claims.put(CTI, code.getBytes(StandardCharsets.UTF_8));
        claims.put(RESULT, result);
        return new CBORizer().cborizeMap(claims).encode();
    }

    /** Reads the claims; throws {@link IllegalArgumentException} when they are not this layout. */
    static OfflineClaims decode(byte[] cbor) {
        try {
            Map<?, ?> claims = (Map<?, ?>) new CBORDecoder(cbor).next().parse();
            Map<?, ?> result = (Map<?, ?>) claims.get(RESULT);
            List<Holder> holders = new ArrayList<>();
            for (Object each : (List<?>) result.get(HOLDERS)) {
                List<?> holder = (List<?>) each;
                holders.add(new Holder((String) holder.get(0), number(holder.get(1)).intValue(), (String) holder.get(2)));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            ((Map<?, ?>) result.get(FIELDS)).forEach((name, value) -> fields.put((String) name, (String) value));
            return new OfflineClaims((String) claims.get(ISS),
                    new String((byte[]) claims.get(CTI), StandardCharsets.UTF_8),
                    Instant.ofEpochSecond(number(claims.get(IAT)).longValue()), (String) result.get(AGENCY), holders,
                    fields, number(result.get(STATUS)).intValue(), (byte[]) result.get(HASH));
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("not the claims of a result: " + e.getMessage(), e);
        }
    }

    private static Number number(Object value) {
        return (Number) Objects.requireNonNull(value);
    }
}
