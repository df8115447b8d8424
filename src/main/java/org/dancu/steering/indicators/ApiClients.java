package org.dancu.steering.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API clients, stored in {@code steering.api_client}, as a collection: saving stores what changed and
 * publishes the events the client registered, in the saving transaction.
 */
@Repository
class ApiClients {

    private static final String COLUMNS = "client_id, name, locality_code, token_sha256, created_at, created_by,"
            + " revoked_at, revoked_by";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ApiClients(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a new client and returns it with its id, or stores a revocation; publishes what the client registered. */
    @Transactional
    ApiClient save(ApiClient client) {
        ApiClient saved = client;
        if (client.id() == null) {
            long id = jdbc.sql("INSERT INTO steering.api_client (name, locality_code, token_sha256, created_at,"
                            + " created_by) VALUES (:name, :locality, :digest, :created, :by) RETURNING client_id")
                    .param("name", client.name()).param("locality", client.localityCode())
                    .param("digest", client.tokenDigest()).param("created", Timestamp.from(client.createdAt()))
                    .param("by", client.createdBy()).query(Long.class).single();
            saved = client.stored(id);
        } else {
            jdbc.sql("UPDATE steering.api_client SET revoked_at = :at, revoked_by = :by WHERE client_id = :id")
                    .param("at", client.revokedAt() == null ? null : Timestamp.from(client.revokedAt()))
                    .param("by", client.revokedBy()).param("id", client.id()).update();
        }
        saved.events().forEach(events::publishEvent);
        saved.clearEvents();
        return saved;
    }

    Optional<ApiClient> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM steering.api_client WHERE client_id = :id").param("id", id)
                .query(ApiClients::client).optional();
    }

    Optional<ApiClient> findByTokenDigest(String digest) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM steering.api_client WHERE token_sha256 = :digest")
                .param("digest", digest).query(ApiClients::client).optional();
    }

    /** Every client, newest first. */
    List<ApiClient> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM steering.api_client ORDER BY client_id DESC")
                .query(ApiClients::client).list();
    }

    private static ApiClient client(ResultSet rs, int i) throws SQLException {
        Timestamp revoked = rs.getTimestamp(7);
        return new ApiClient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6), revoked == null ? null : revoked.toInstant(),
                rs.getString(8));
    }
}
