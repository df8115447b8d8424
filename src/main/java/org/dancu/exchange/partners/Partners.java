package org.dancu.exchange.partners;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.dancu.exchange.ConsentOffer;
import org.dancu.httpsig.VerificationKey;
import org.dancu.cluster.ChangeSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners, their keys and policies. The key lookup of every signed request is served from memory;
 * any change made here empties that cache on this instance and, once committed, on every other one
 * sharing the database, so a revoked key stops working at once.
 */
@Repository
public class Partners {

    static final String TOPIC = "exchange.partners";

    private final JdbcClient jdbc;
    private final ChangeSignals signals;
    private final Map<String, PartnerKey> keys = new ConcurrentHashMap<>();
    /** Moved with every drop: a key loaded before a drop is not kept after it. */
    private long generation;

    Partners(JdbcClient jdbc, ChangeSignals signals) {
        this.jdbc = jdbc;
        this.signals = signals;
        signals.onChange(TOPIC, this::drop);
    }

    /** The key when it is not revoked and its partner is active. Unknown ids are not cached: anyone can invent them. */
    public Optional<PartnerKey> activeKey(String keyId) {
        PartnerKey cached = keys.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        long loadedIn = generationNow();
        Optional<PartnerKey> loaded = loadKey(keyId);
        loaded.ifPresent(key -> keep(keyId, key, loadedIn));
        return loaded;
    }

    private synchronized long generationNow() {
        return generation;
    }

    private synchronized void keep(String keyId, PartnerKey key, long loadedIn) {
        if (generation == loadedIn) {
            keys.put(keyId, key);
        }
    }

    private synchronized void drop() {
        generation++;
        keys.clear();
    }

    private void changed() {
        drop();
        signals.changed(TOPIC);
    }

    private Optional<PartnerKey> loadKey(String keyId) {
        return jdbc.sql("""
                        SELECT k.key_id, k.partner_code, k.public_key FROM exchange.partner_key k
                        JOIN exchange.partner p ON p.code = k.partner_code
                        WHERE k.key_id = :id AND k.revoked_at IS NULL AND p.active""")
                .param("id", keyId)
                .query((rs, n) -> new PartnerKey(rs.getString(1), rs.getString(2),
                        VerificationKey.of(rs.getBytes(3)), policy(rs.getString(2))))
                .optional();
    }

    Policy policy(String partnerCode) {
        return jdbc.sql("""
                        SELECT partner_code, operations, attributes, purposes, rate_per_minute
                        FROM exchange.policy WHERE partner_code = :code""")
                .param("code", partnerCode)
                .query((rs, n) -> new Policy(rs.getString(1),
                        texts(rs, 2).stream().map(Operation::valueOf).collect(
                                Collectors.toCollection(() -> EnumSet.noneOf(Operation.class))),
                        texts(rs, 3), texts(rs, 4), rs.getInt(5)))
                .optional()
                .orElseGet(() -> new Policy(partnerCode, Set.of(), Set.of(), Set.of(), 1));
    }

    private static Set<String> texts(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    /**
     * The active partners whose policy lets them retrieve data, which a citizen's consent is for, by name,
     * each with the purposes and attributes of its policy.
     */
    public List<ConsentOffer> consentOffers() {
        return jdbc.sql("""
                        SELECT p.code, p.name, pol.purposes, pol.attributes FROM exchange.partner p
                        JOIN exchange.policy pol ON pol.partner_code = p.code
                        WHERE p.active AND 'RETRIEVE' = ANY (pol.operations) ORDER BY p.name, p.code""")
                .query((rs, n) -> new ConsentOffer(rs.getString(1), rs.getString(2),
                        texts(rs, 3).stream().sorted().toList(),
                        Attribute.inOrder(texts(rs, 4))))
                .list();
    }

    public List<Partner> all() {
        return jdbc.sql("SELECT code, name, agency, systems, contact, active FROM exchange.partner ORDER BY code")
                .query(Partner.class).list();
    }

    public Optional<Partner> find(String code) {
        return jdbc.sql("SELECT code, name, agency, systems, contact, active FROM exchange.partner WHERE code = :code")
                .param("code", code).query(Partner.class).optional();
    }

    /** The partner's name, as pages of other features show who did something. */
    public Optional<String> name(String code) {
        return find(code).map(Partner::name);
    }

    List<KeyRecord> keysOf(String partnerCode) {
        return jdbc.sql("""
                        SELECT key_id, partner_code, encode(sha256(public_key), 'hex') AS fingerprint, added_by,
                               added_at, revoked_at
                        FROM exchange.partner_key WHERE partner_code = :code ORDER BY added_at, key_id""")
                .param("code", partnerCode).query(KeyRecord.class).list();
    }

    /** @return false when the code is taken */
    @Transactional
    boolean create(Partner partner) {
        int inserted = jdbc.sql("""
                        INSERT INTO exchange.partner (code, name, agency, systems, contact, active)
                        VALUES (:code, :name, :agency, :systems, :contact, :active) ON CONFLICT (code) DO NOTHING""")
                .paramSource(partner).update();
        if (inserted == 1) {
            jdbc.sql("INSERT INTO exchange.policy (partner_code) VALUES (:code)").param("code", partner.code()).update();
        }
        changed();
        return inserted == 1;
    }

    void setActive(String code, boolean active) {
        jdbc.sql("UPDATE exchange.partner SET active = :active WHERE code = :code")
                .param("active", active).param("code", code).update();
        changed();
    }

    public void savePolicy(Policy policy) {
        jdbc.sql("""
                        UPDATE exchange.policy SET operations = :operations, attributes = :attributes,
                               purposes = :purposes, rate_per_minute = :rate
                        WHERE partner_code = :code""")
                .param("operations", policy.operations().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("attributes", policy.attributes().stream().sorted().toArray(String[]::new))
                .param("purposes", policy.purposes().stream().sorted().toArray(String[]::new))
                .param("rate", policy.ratePerMinute())
                .param("code", policy.partnerCode())
                .update();
        changed();
    }

    /** @return false when the key id is taken */
    boolean addKey(String partnerCode, String keyId, byte[] rawKey, String addedBy) {
        int inserted = jdbc.sql("""
                        INSERT INTO exchange.partner_key (key_id, partner_code, public_key, added_by)
                        VALUES (:id, :code, :key, :by) ON CONFLICT (key_id) DO NOTHING""")
                .param("id", keyId).param("code", partnerCode).param("key", Arrays.copyOf(rawKey, rawKey.length))
                .param("by", addedBy).update();
        changed();
        return inserted == 1;
    }

    public void revokeKey(String partnerCode, String keyId) {
        jdbc.sql("""
                        UPDATE exchange.partner_key SET revoked_at = now()
                        WHERE key_id = :id AND partner_code = :code AND revoked_at IS NULL""")
                .param("id", keyId).param("code", partnerCode).update();
        changed();
    }
}
