/*
 * A minimal client of the dancu exchange gateway, with the JDK only (Java 17+).
 *
 *   java ExchangeClientExample.java generate                 prints a new key pair (PKCS#8 / X.509, base64)
 *   java ExchangeClientExample.java verify URL KEY_ID PRIVATE_KEY_BASE64 PIN FULL_NAME BIRTH_DATE
 *
 * The administrator registers the public key under KEY_ID (Administration → Exchange partners). Every
 * request is signed per RFC 9421: the signature base covers @method, @path and content-digest
 * (RFC 9530, sha-256 of the body) with the parameters created, keyid, nonce and alg="ed25519".
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

public final class ExchangeClientExample {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ExchangeClientExample() {
    }

    /**
     * The headers that sign one request: Content-Digest, Signature-Input and Signature.
     *
     * @param method  GET, POST …
     * @param path    the request path exactly as sent, e.g. /api/exchange/v1/verify
     * @param body    the exact body bytes (empty for GET)
     * @param created the signing time in seconds since the epoch
     * @param nonce   a fresh random value (16 to 128 characters of base64url) for every request
     */
    public static Map<String, String> sign(String method, String path, byte[] body, String keyId, PrivateKey key,
                                           long created, String nonce) throws Exception {
        String digest = "sha-256=:" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(body)) + ":";
        String params = "(\"@method\" \"@path\" \"content-digest\");created=" + created
                + ";keyid=\"" + keyId + "\";nonce=\"" + nonce + "\";alg=\"ed25519\"";
        String base = "\"@method\": " + method + "\n"
                + "\"@path\": " + path + "\n"
                + "\"content-digest\": " + digest + "\n"
                + "\"@signature-params\": " + params;
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(base.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Digest", digest);
        headers.put("Signature-Input", "sig1=" + params);
        headers.put("Signature", "sig1=:" + Base64.getEncoder().encodeToString(signer.sign()) + ":");
        return headers;
    }

    /** The same, signed now with a fresh nonce. */
    public static Map<String, String> sign(String method, String path, byte[] body, String keyId, PrivateKey key)
            throws Exception {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        return sign(method, path, body, keyId, key, Instant.now().getEpochSecond(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("generate")) {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            System.out.println("private (keep secret): " + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            System.out.println("public (register it):  " + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            return;
        }
        if (args.length != 7 || !args[0].equals("verify")) {
            System.err.println("usage: generate | verify URL KEY_ID PRIVATE_KEY_BASE64 PIN FULL_NAME BIRTH_DATE");
            System.exit(2);
        }
        PrivateKey key = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(args[3])));
        String json = "{\"pin\":\"" + args[4] + "\",\"purpose\":\"identity-check\",\"endUser\":\"officer-1\","
                + "\"caseRef\":\"case-1\",\"attributes\":{\"fullName\":\"" + args[5].replace("\"", "")
                + "\",\"birthDate\":\"" + args[6].replace("\"", "") + "\"}}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(args[1].replaceAll("/$", "") + "/api/exchange/v1/verify");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        sign("POST", uri.getRawPath(), body, args[2], key).forEach(request::header);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }
}
