package org.dancu.results.seal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.apache.commons.codec.CodecPolicy;
import org.apache.commons.codec.binary.Base45;

/**
 * The offline QR's text, made as the EU digital certificate makes its {@code HC1:} text: a COSE_Sign1 message,
 * zlib-compressed (RFC 1950), Base45-encoded (RFC 9285, QR's alphanumeric alphabet) behind the prefix
 * {@value #PREFIX}.
 */
final class OfflineText {

    static final String PREFIX = "VN1:";
    /** A message larger than this is refused before it is inflated (a QR holds under 3 KB). */
    private static final int MAX_MESSAGE = 8 * 1024;

    private OfflineText() {
    }

    static String encode(byte[] message) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(message);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return PREFIX + new String(Base45.builder().get().encode(out.toByteArray()), StandardCharsets.US_ASCII);
    }

    /** Whether the text claims to be an offline result at all (else it is unreadable, not forged). */
    static boolean looksLike(String text) {
        return text != null && trim(text).startsWith(PREFIX);
    }

    /** Line ends around a pasted or scanned text go; spaces stay, for a space is a Base45 digit. */
    private static String trim(String text) {
        return text.replaceAll("^[\\r\\n\\t]+|[\\r\\n\\t]+$", "");
    }

    /** The COSE message; throws {@link IllegalArgumentException} when the text does not decode. */
    static byte[] decode(String text) {
        String body = trim(text).substring(PREFIX.length());
        byte[] compressed;
        try {
            compressed = Base45.builder().setDecodingPolicy(CodecPolicy.STRICT).get().decode(body);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not Base45", e);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int read = inflater.inflate(buffer);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("truncated zlib data");
                }
                out.write(buffer, 0, read);
                if (out.size() > MAX_MESSAGE) {
                    throw new IllegalArgumentException("too large");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not zlib data", e);
        } finally {
            inflater.end();
        }
    }
}
