package org.dancu.results.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

import com.authlete.cbor.CBORByteArray;
import com.authlete.cbor.CBORDecoder;
import com.authlete.cbor.CBORItem;
import com.authlete.cbor.CBORNull;
import com.authlete.cose.COSEException;
import com.authlete.cose.COSEProtectedHeader;
import com.authlete.cose.COSEProtectedHeaderBuilder;
import com.authlete.cose.COSESign1;
import com.authlete.cose.COSESign1Builder;
import com.authlete.cose.COSESigner;
import com.authlete.cose.COSEUnprotectedHeaderBuilder;
import com.authlete.cose.COSEVerifier;
import com.authlete.cose.SigStructureBuilder;

/**
 * COSE_Sign1 (RFC 9052) with ES256, the key id in the protected header, on the maintained authlete CBOR/COSE
 * library: the one place the results' signatures are made and read.
 */
final class CoseSign1 {

    /** COSE's number for ECDSA with SHA-256 on P-256. */
    static final int ES256 = -7;

    private CoseSign1() {
    }

    /** The message carrying the payload (for the offline QR). */
    static byte[] sign(String keyId, PrivateKey key, byte[] payload) {
        return message(keyId, key, payload, true);
    }

    /** The message with its payload detached (the seal kept beside the record it covers). */
    static byte[] signDetached(String keyId, PrivateKey key, byte[] payload) {
        return message(keyId, key, payload, false);
    }

    private static byte[] message(String keyId, PrivateKey key, byte[] payload, boolean attached) {
        COSEProtectedHeader header = new COSEProtectedHeaderBuilder().alg(ES256)
                .kid(keyId.getBytes(StandardCharsets.UTF_8)).build();
        try {
            byte[] signature = new COSESigner(key).sign(new SigStructureBuilder().signature1().bodyAttributes(header)
                    .payload(payload).build(), ES256);
            COSESign1Builder builder = new COSESign1Builder().protectedHeader(header)
                    .unprotectedHeader(new COSEUnprotectedHeaderBuilder().build()).signature(signature);
            return (attached ? builder.payload(payload) : builder.payload(CBORNull.INSTANCE)).build().encode();
        } catch (COSEException e) {
            throw new IllegalStateException("cannot sign with key " + keyId, e);
        }
    }

    /** A message read back: the key id it names, its payload (null when detached) and the parsed message. */
    record Read(String keyId, byte[] payload, COSESign1 message) {

        /** Whether {@code key} made the signature over the payload ({@code detached} when the message has none). */
        boolean signedBy(PublicKey key, byte[] detached) {
            byte[] covered = payload != null ? payload : detached;
            try {
                byte[] toBeSigned = new SigStructureBuilder().signature1().bodyAttributes(message.getProtectedHeader())
                        .payload(covered).build().encode();
                return COSEVerifier.verify(key, ES256, toBeSigned, message.getSignature().getValue());
            } catch (COSEException | RuntimeException e) {
                return false;
            }
        }
    }

    /**
     * Parses a message; throws {@link IllegalArgumentException} when the bytes are not a COSE_Sign1 with ES256 and
     * a key id.
     */
    static Read read(byte[] encoded) {
        try {
            CBORItem item = new CBORDecoder(encoded).next();
            COSESign1 message = COSESign1.build(item);
            COSEProtectedHeader header = message.getProtectedHeader();
            if (!Integer.valueOf(ES256).equals(header.getAlg()) || header.getKid() == null) {
                throw new IllegalArgumentException("not an ES256 message with a key id");
            }
            byte[] payload = message.getPayload() instanceof CBORByteArray bytes ? bytes.getValue() : null;
            return new Read(new String(header.getKid(), StandardCharsets.UTF_8), payload, message);
        } catch (IOException | COSEException | ClassCastException e) {
            throw new IllegalArgumentException("not a COSE_Sign1 message: " + e.getMessage(), e);
        }
    }
}
