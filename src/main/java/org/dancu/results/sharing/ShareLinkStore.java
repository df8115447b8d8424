package org.dancu.results.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.results.ResultCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The share links, read like a collection; a link is found by the SHA-256 of its secret, never the secret. Each is
 * read with when its result stopped being valid, so a link of a revoked or superseded result no longer opens.
 */
@Repository
class ShareLinkStore {

    /** A link's columns, and when its result stopped being valid (null while it is). */
    private static final String SELECT = """
            SELECT l.share_id, l.result_code, l.holder_pin, l.created_at, l.expires_at, l.revoked_at,
                   CASE WHEN r.status <> 'VALID' THEN r.status_changed_at END AS result_ended_at
              FROM results.share_link l LEFT JOIN results.result r ON r.code = l.result_code
            """;

    private final JdbcClient jdbc;

    ShareLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new link under the hash of its secret; returns it with its id. */
    ShareLink add(ShareLink link, byte[] secretHash) {
        long id = jdbc.sql("""
                        INSERT INTO results.share_link (token_sha256, result_code, holder_pin, created_at, expires_at)
                        VALUES (:hash, :code, :holder, :created, :expires) RETURNING share_id""")
                .param("hash", secretHash).param("code", link.result().value()).param("holder", link.holder().value())
                .param("created", Timestamp.from(link.createdAt())).param("expires", Timestamp.from(link.expiresAt()))
                .query(Long.class).single();
        return new ShareLink(id, link.result(), link.holder(), link.createdAt(), link.expiresAt(), null, null);
    }

    Optional<ShareLink> findBySecretHash(byte[] secretHash) {
        return jdbc.sql(SELECT + "WHERE l.token_sha256 = :hash")
                .param("hash", secretHash).query(ShareLinkStore::link).optional();
    }

    Optional<ShareLink> findById(long id) {
        return jdbc.sql(SELECT + "WHERE l.share_id = :id").param("id", id)
                .query(ShareLinkStore::link).optional();
    }

    /** The holder's links, newest first. */
    List<ShareLink> ofHolder(Pin holder) {
        return jdbc.sql(SELECT + "WHERE l.holder_pin = :holder ORDER BY l.created_at DESC, l.share_id DESC")
                .param("holder", holder.value()).query(ShareLinkStore::link).list();
    }

    /** Stores a withdrawal; only once, whatever happens between two requests. */
    void save(ShareLink link) {
        jdbc.sql("UPDATE results.share_link SET revoked_at = :revoked WHERE share_id = :id AND revoked_at IS NULL")
                .param("revoked", link.revokedAt() == null ? null : Timestamp.from(link.revokedAt()))
                .param("id", link.id()).update();
    }

    private static ShareLink link(ResultSet rs, int row) throws SQLException {
        return new ShareLink(rs.getLong("share_id"), ResultCode.parse(rs.getString("result_code")),
                Pin.of(rs.getString("holder_pin")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("result_ended_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
