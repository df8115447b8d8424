package org.dancu.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;

import org.dancu.audit.SecretFile;

/**
 * The province's Ed25519 key as the national simulator knows it: given as a public key (base64 of
 * its X.509 encoding, or PEM), or, for the demo, a key pair the simulator keeps in its directory
 * and prints so that the province can be configured with the private half.
 */
record ProvinceKey(PublicKey publicKey, String privateKeyBase64) {

    /** The demo key pair's file name, in the simulator's secrets directory. */
    static final String DEMO_FILE = "province-key.properties";

    static ProvinceKey parse(String text) {
        try {
            String base64 = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return new ProvinceKey(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))), null);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key is not an Ed25519 key (base64 X.509 or PEM)");
        }
    }

    /** The key pair stored in {@code file}, created there on first use. */
    static ProvinceKey demoPair(Path file) throws IOException, GeneralSecurityException {
        Properties stored = new Properties();
        if (!Files.isRegularFile(file)) {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            stored.setProperty("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            stored.setProperty("private", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            StringWriter text = new StringWriter();
            stored.store(text, "the province's demo key for the national simulator; not for production");
            SecretFile.create(file, text.toString());
        }
        try (Reader in = Files.newBufferedReader(file)) {
            stored.load(in);
        }
        return new ProvinceKey(parse(stored.getProperty("public")).publicKey(), stored.getProperty("private"));
    }
}
