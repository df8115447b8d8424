package org.dancu.steering.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dancu.security.Scope;
import org.dancu.steering.ApiClientCreated;
import org.dancu.steering.ApiClientRevoked;

/**
 * A system that reads the indicators API with a bearer token: a name, the unit whose figures it may
 * read (a scope as a staff member's, without an agency) and the SHA-256 of its token. It is created
 * (stored once, {@link ApiClientCreated}) and revoked (once, {@link ApiClientRevoked}); each transition
 * refuses the wrong state and registers its event, which {@link ApiClients#save} publishes.
 */
final class ApiClient {

    static final int MAX_NAME = 200;

    private final Long id;
    private final String name;
    private final String localityCode;
    private final String tokenDigest;
    private final Instant createdAt;
    private final String createdBy;
    private Instant revokedAt;
    private String revokedBy;
    private final List<Object> events = new ArrayList<>();

    ApiClient(Long id, String name, String localityCode, String tokenDigest, Instant createdAt, String createdBy,
              Instant revokedAt, String revokedBy) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.localityCode = Objects.requireNonNull(localityCode, "localityCode");
        this.tokenDigest = Objects.requireNonNull(tokenDigest, "tokenDigest");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.revokedAt = revokedAt;
        this.revokedBy = revokedBy;
    }

    /** A new client, not yet stored; {@link #stored} gives it its id. */
    static ApiClient create(String name, String localityCode, String tokenDigest, String createdBy, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("an API client needs a name of 1 to " + MAX_NAME + " characters");
        }
        return new ApiClient(null, name.strip(), localityCode, tokenDigest, now, createdBy, null, null);
    }

    /**
     * The new client as stored under {@code id}, having registered {@link ApiClientCreated}.
     *
     * @throws IllegalStateException when this client was stored before
     */
    ApiClient stored(long id) {
        if (this.id != null) {
            throw new IllegalStateException("API client " + this.id + " is already stored");
        }
        ApiClient stored = new ApiClient(id, name, localityCode, tokenDigest, createdAt, createdBy, null, null);
        stored.events.add(new ApiClientCreated(id, localityCode, createdBy, createdAt));
        return stored;
    }

    /**
     * Withdraws the token: every later request with it is refused. Registers {@link ApiClientRevoked}.
     *
     * @throws IllegalStateException when the client is not stored yet or was already revoked
     */
    void revoke(String by, Instant now) {
        if (id == null) {
            throw new IllegalStateException("an API client is revoked once stored");
        }
        if (!active()) {
            throw new IllegalStateException("API client " + id + " was already revoked");
        }
        revokedAt = Objects.requireNonNull(now, "now");
        revokedBy = Objects.requireNonNull(by, "by");
        events.add(new ApiClientRevoked(id, revokedBy, revokedAt));
    }

    /** The events registered since the client was read or stored, in order; {@link ApiClients#save} publishes and clears them. */
    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }

    boolean active() {
        return revokedAt == null;
    }

    /** What the client may read: the figures of units wholly inside its unit, as for staff. */
    Scope scope() {
        return new Scope(localityCode, null);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String localityCode() {
        return localityCode;
    }

    String tokenDigest() {
        return tokenDigest;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revokedBy() {
        return revokedBy;
    }
}
