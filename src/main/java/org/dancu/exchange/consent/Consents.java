package org.dancu.exchange.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.dancu.civil.ProvinceTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent records: recorded and revoked by staff, looked up for every retrieval. */
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

    /** @return false when there was no such unrevoked consent */
    public boolean revoke(long consentId, String revokedBy) {
        return jdbc.sql("""
                        UPDATE exchange.consent SET revoked_at = now(), revoked_by = :by
                        WHERE consent_id = :id AND revoked_at IS NULL""")
                .param("id", consentId).param("by", revokedBy).update() == 1;
    }

    public List<Consent> ofPin(String pin) {
        return jdbc.sql("""
                        SELECT consent_id, pin, partner_code, purpose, attributes, expires_on, recorded_by, recorded_at,
                               revoked_by, revoked_at
                        FROM exchange.consent WHERE pin = :pin ORDER BY recorded_at DESC, consent_id DESC""")
                .param("pin", pin)
                .query(Consents::consent).list();
    }

    String pinOf(long consentId) {
        return jdbc.sql("SELECT pin FROM exchange.consent WHERE consent_id = :id").param("id", consentId)
                .query(String.class).optional().orElse(null);
    }

    private static Consent consent(ResultSet rs, int row) throws SQLException {
        return new Consent(rs.getLong("consent_id"), rs.getString("pin"), rs.getString("partner_code"),
                rs.getString("purpose"), Arrays.asList((String[]) rs.getArray("attributes").getArray()),
                rs.getObject("expires_on", LocalDate.class), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("revoked_by"),
                rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant());
    }
}
