package org.dancu.results.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.security.SecureRandom;

import com.google.crypto.tink.Aead;
import org.dancu.audit.SecretKeyset;
import org.dancu.cluster.ChangeSignals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The province's signing keys (ES256, ECDSA on P-256, which browsers' WebCrypto verifies). One key is active and
 * signs; {@link #rotate} retires it into a rotated key that still vouches for what it signed inside its window;
 * {@link #withdraw} makes a key vouch for nothing. Keys live in the database, their private halves sealed with the
 * results keyset from the secrets directory, so every instance signs with the same key; the active key is held in
 * memory and dropped on every instance when any of them rotates or withdraws.
 */
@Component
public class ProvinceKeys {

    static final String TOPIC = "results.keys";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Aead sealer;
    private final Clock clock;
    private final ChangeSignals signals;
    private final TransactionTemplate firstKeyTransaction;
    private volatile SigningKey active;

    /** The active key with its private half, for signing. */
    record SigningKey(String keyId, PrivateKey privateKey) {
    }

    @Autowired
    ProvinceKeys(JdbcClient jdbc, SealProperties properties, ChangeSignals signals,
                 PlatformTransactionManager transactions) {
        this(jdbc, SecretKeyset.aead(properties.keyset(), properties.keysetFile(), properties.generateKeyset(),
                "the results keyset", "no keyset for the province's signing keys: set DANCU_RESULTS_SEAL_KEYSET"
                        + " or DANCU_RESULTS_SEAL_KEYSET_FILE (docs/results.md)"), Clock.systemUTC(), signals, transactions);
    }

    ProvinceKeys(JdbcClient jdbc, Aead sealer, Clock clock, ChangeSignals signals,
                 PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.firstKeyTransaction = new TransactionTemplate(transactions);
        this.firstKeyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sealer = sealer;
        this.clock = clock;
        this.signals = signals;
        signals.onChange(TOPIC, () -> active = null);
    }

    /** Every key the province has had, newest first: what the trust list publishes. */
    public List<ProvinceKey> all() {
        return jdbc.sql("""
                SELECT key_id, public_key, state, valid_from, valid_until FROM results.signing_key
                ORDER BY valid_from DESC, key_id""")
                .query((rs, row) -> new ProvinceKey(rs.getString("key_id"), publicKey(rs.getBytes("public_key")),
                        rs.getTimestamp("valid_from").toInstant(), instant(rs.getTimestamp("valid_until")),
                        KeyState.valueOf(rs.getString("state"))))
                .list();
    }

    /** The key that signs now; the first is made on first use. */
    SigningKey signing() {
        SigningKey key = active;
        if (key == null) {
            key = loadActive().orElseGet(this::firstKey);
            active = key;
        }
        return key;
    }

    /** Retires the active key (it keeps vouching for what it signed until now) and makes a new one active. */
    @Transactional
    public ProvinceKey rotate() {
        lockKeyChanges();
        Instant now = clock.instant();
        jdbc.sql("UPDATE results.signing_key SET state = 'ROTATED', valid_until = :now WHERE state = 'ACTIVE'")
                .param("now", Timestamp.from(now)).update();
        ProvinceKey created = insertActive(now);
        changed();
        return created;
    }

    /**
     * Withdraws a key: it vouches for nothing from now on, not even for what it signed. When it was the active key a
     * new one takes over, so issuing goes on.
     *
     * @throws IllegalArgumentException when no key has this id
     * @throws IllegalStateException    when the key is withdrawn already
     */
    @Transactional
    public void withdraw(String keyId, String reason) {
        lockKeyChanges();
        String state = jdbc.sql("SELECT state FROM results.signing_key WHERE key_id = :id FOR UPDATE")
                .param("id", keyId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no province key " + keyId));
        if (KeyState.WITHDRAWN.name().equals(state)) {
            throw new IllegalStateException("the province key " + keyId + " is withdrawn already");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE results.signing_key SET state = 'WITHDRAWN', withdrawn_reason = :reason,
                       valid_until = coalesce(valid_until, :now) WHERE key_id = :id""")
                .param("reason", reason).param("now", Timestamp.from(now)).param("id", keyId).update();
        if (KeyState.ACTIVE.name().equals(state)) {
            insertActive(now);
        }
        changed();
    }

    private void changed() {
        active = null;
        signals.changed(TOPIC);
    }

    private Optional<SigningKey> loadActive() {
        return jdbc.sql("SELECT key_id, private_key FROM results.signing_key WHERE state = 'ACTIVE'")
                .query((rs, row) -> new SigningKey(rs.getString("key_id"),
                        privateKey(rs.getString("key_id"), rs.getBytes("private_key"))))
                .optional();
    }

    /**
     * The province's first key, made in a transaction of its own (so an issue that fails later does not take it
     * back with it); when another thread or instance made one meanwhile, that one.
     */
    private SigningKey firstKey() {
        return firstKeyTransaction.execute(status -> {
            lockKeyChanges();
            return loadActive().orElseGet(() -> {
                insertActive(clock.instant());
                signals.changed(TOPIC);
                return loadActive().orElseThrow();
            });
        });
    }

    /** Key changes one at a time across every instance, until the transaction ends. */
    private void lockKeyChanges() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('results.signing_key'))").query(Integer.class).single();
    }

    private ProvinceKey insertActive(Instant now) {
        KeyPair pair = generate();
        String keyId = newKeyId();
        jdbc.sql("""
                INSERT INTO results.signing_key (key_id, public_key, private_key, state, valid_from)
                VALUES (:id, :public, :private, 'ACTIVE', :now)""")
                .param("id", keyId).param("public", pair.getPublic().getEncoded())
                .param("private", seal(keyId, pair.getPrivate().getEncoded())).param("now", Timestamp.from(now))
                .update();
        return new ProvinceKey(keyId, pair.getPublic(), now, null, KeyState.ACTIVE);
    }

    /** Eight random bytes in hex: short in the QR's header, never guessable from the order of keys. */
    private static String newKeyId() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    private byte[] seal(String keyId, byte[] pkcs8) {
        try {
            return sealer.encrypt(pkcs8, associatedData(keyId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the province key " + keyId, e);
        }
    }

    private PrivateKey privateKey(String keyId, byte[] sealed) {
        try {
            return KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(sealer.decrypt(sealed, associatedData(keyId))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the province key " + keyId + " does not open with the results keyset", e);
        }
    }

    static PublicKey publicKey(byte[] spki) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 public key", e);
        }
    }

    private static byte[] associatedData(String keyId) {
        return ("results.signing-key:" + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
