package org.dancu.results.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;

import com.authlete.cbor.CBORByteArray;
import com.authlete.cbor.CBORDecoder;
import com.authlete.cbor.CBORItem;
import com.authlete.cose.COSEException;
import com.authlete.cose.COSEProtectedHeader;
import com.authlete.cose.COSEProtectedHeaderBuilder;
import com.authlete.cose.COSESign1;
import com.authlete.cose.COSESign1Builder;
import com.authlete.cose.COSEUnprotectedHeaderBuilder;
import com.authlete.cose.COSEVerifier;
import com.authlete.cose.SigStructureBuilder;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

/**
 * COSE_Sign1 (RFC 9052) with ES256, the key id in the protected header, on the maintained authlete CBOR/COSE
 * library: the one place the results' signatures are made and read. The signature itself is made with Bouncy
 * Castle's P-256 (its curve's own field arithmetic and a precomputed table for the base point: a fifth of the CPU
 * the JDK's signature takes on this machine, docs/benchmarks.md "Results issuing") with the nonce derived from the
 * key and the message (RFC 6979), so no random source is shared by concurrent signers; any ES256 verifier
 * (WebCrypto, the JDK) checks it.
 */
final class CoseSign1 {

    /** COSE's number for ECDSA with SHA-256 on P-256. */
    static final int ES256 = -7;
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(),
            P256.getH());
    private static final int COORDINATE = 32;

    private CoseSign1() {
    }

    /** The message carrying its payload: the offline QR's, which is also the result's seal. */
    static byte[] sign(String keyId, PrivateKey key, byte[] payload) {
        COSEProtectedHeader header = new COSEProtectedHeaderBuilder().alg(ES256)
                .kid(keyId.getBytes(StandardCharsets.UTF_8)).build();
        byte[] toBeSigned = new SigStructureBuilder().signature1().bodyAttributes(header).payload(payload).build()
                .encode();
        return new COSESign1Builder().protectedHeader(header).unprotectedHeader(new COSEUnprotectedHeaderBuilder().build())
                .signature(es256(key, toBeSigned)).payload(payload).build().encode();
    }

    /** ECDSA P-256 over SHA-256 of the bytes, as COSE writes it: r and s, 32 bytes each. */
    private static byte[] es256(PrivateKey key, byte[] toBeSigned) {
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(toBeSigned, 0, toBeSigned.length);
        byte[] digest = new byte[sha256.getDigestSize()];
        sha256.doFinal(digest, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(((ECPrivateKey) key).getS(), DOMAIN));
        BigInteger[] rs = signer.generateSignature(digest);
        byte[] signature = new byte[2 * COORDINATE];
        BigIntegers.asUnsignedByteArray(rs[0], signature, 0, COORDINATE);
        BigIntegers.asUnsignedByteArray(rs[1], signature, COORDINATE, COORDINATE);
        return signature;
    }

    /** A message read back: the key id it names, its payload (null when it carries none) and the parsed message. */
    record Read(String keyId, byte[] payload, COSESign1 message) {

        /** Whether {@code key} made the signature over the payload. */
        boolean signedBy(PublicKey key) {
            if (payload == null) {
                return false;
            }
            try {
                byte[] toBeSigned = new SigStructureBuilder().signature1().bodyAttributes(message.getProtectedHeader())
                        .payload(payload).build().encode();
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
