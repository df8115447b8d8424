package org.dancu.exchange.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.GrantedConsent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consent records: written through {@link org.dancu.exchange.CitizenConsents} (which checks and audits),
 * looked up for every retrieval.
 */
@Repository
public class Consents {

    private final JdbcClient jdbc;
    private final ProvinceTime time;

    Consents(JdbcClient jdbc, ProvinceTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Is there an unrevoked, unexpired consent for this partner and purpose covering every attribute? */
    public boolean covers(String pin, String partnerCode, String purpose, Collection<String> attributes) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM exchange.consent
                        WHERE pin = :pin AND partner_code = :partner AND purpose = :purpose
                          AND revoked_at IS NULL AND expires_on >= :today AND attributes @> CAST(:attributes AS text[]))""")
                .param("pin", pin).param("partner", partnerCode).param("purpose", purpose)
                .param("today", time.today())
                .param("attributes", attributes.toArray(String[]::new))
                .query(Boolean.class).single();
    }

    public long record(String pin, String partnerCode, String purpose, List<String> attributes, LocalDate expiresOn,
                       String recordedBy) {
        return jdbc.sql("""
                        INSERT INTO exchange.consent (pin, partner_code, purpose, attributes, expires_on, recorded_by)
                        VALUES (:pin, :partner, :purpose, :attributes, :expires, :by) RETURNING consent_id""")
                .param("pin", pin).param("partner", partnerCode).param("purpose", purpose)
                .param("attributes", attributes.toArray(String[]::new)).param("expires", expiresOn)
                .param("by", recordedBy)
                .query(Long.class).single();
    }

    /**
     * Revokes the person's own consent: the person is part of the condition, so no id revokes another's.
     *
     * @return false when this person holds no such unrevoked consent
     */
    public boolean revoke(String pin, long consentId, String revokedBy) {
        return jdbc.sql("""
                        UPDATE exchange.consent SET revoked_at = now(), revoked_by = :by
                        WHERE consent_id = :id AND pin = :pin AND revoked_at IS NULL""")
                .param("id", consentId).param("pin", pin).param("by", revokedBy).update() == 1;
    }

    /** The person's consents with their partners' names, newest first. */
    public List<GrantedConsent> ofPin(Pin pin) {
        return jdbc.sql("""
                        SELECT c.consent_id, c.partner_code, p.name, c.purpose, c.attributes, c.expires_on,
                               c.recorded_at, c.revoked_at
                        FROM exchange.consent c JOIN exchange.partner p ON p.code = c.partner_code
                        WHERE c.pin = :pin ORDER BY c.recorded_at DESC, c.consent_id DESC""")
                .param("pin", pin.value())
                .query((rs, row) -> consent(pin, rs)).list();
    }

    private static GrantedConsent consent(Pin pin, ResultSet rs) throws SQLException {
        return new GrantedConsent(rs.getLong("consent_id"), pin, rs.getString("partner_code"),
                rs.getString("name"), rs.getString("purpose"),
                Arrays.asList((String[]) rs.getArray("attributes").getArray()),
                rs.getObject("expires_on", LocalDate.class), instant(rs.getTimestamp("recorded_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
