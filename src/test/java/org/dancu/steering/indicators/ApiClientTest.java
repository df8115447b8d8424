package org.dancu.steering.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.dancu.steering.ApiClientCreated;
import org.dancu.steering.ApiClientRevoked;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void aClientIsRevokedOnceAndOnlyOnce() {
        ApiClient client = new ApiClient(7L, "Cổng dữ liệu mở", "11", ApiTokens.digest("t"), NOW, "admin", null, null);
        assertThat(client.active()).isTrue();
        client.revoke("admin", NOW.plusSeconds(60));
        assertThat(client.active()).isFalse();
        assertThat(client.revokedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> client.revoke("admin", NOW.plusSeconds(120))).isInstanceOf(IllegalStateException.class);
        assertThat(client.revokedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(client.events()).containsExactly(new ApiClientRevoked(7L, "admin", NOW.plusSeconds(60)));
    }

    @Test
    void aClientIsCreatedWhenStoredOnceAndRevokedOnlyAfterwards() {
        ApiClient created = ApiClient.create("Cổng dữ liệu mở", "11", ApiTokens.digest("t"), "admin", NOW);
        assertThat(created.events()).isEmpty();
        assertThatThrownBy(() -> created.revoke("admin", NOW)).isInstanceOf(IllegalStateException.class);

        ApiClient stored = created.stored(8L);

        assertThat(stored.id()).isEqualTo(8L);
        assertThat(stored.events()).containsExactly(new ApiClientCreated(8L, "11", "admin", NOW));
        assertThatThrownBy(() -> stored.stored(9L)).isInstanceOf(IllegalStateException.class);
        stored.clearEvents();
        assertThat(stored.events()).isEmpty();
    }

    @Test
    void aClientNeedsAName() {
        assertThatThrownBy(() -> ApiClient.create(" ", "11", "d", "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiClient.create("x".repeat(201), "11", "d", "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensAreRandomAndKeptOnlyAsTheirDigest() {
        String token = ApiTokens.generate();
        assertThat(token).startsWith(ApiTokens.PREFIX).isNotEqualTo(ApiTokens.generate());
        assertThat(ApiTokens.digest(token)).hasSize(64).doesNotContain(token.substring(ApiTokens.PREFIX.length()));
    }
}
