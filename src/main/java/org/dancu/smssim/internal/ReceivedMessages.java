package org.dancu.smssim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dancu.smssim.SimulatedSms;
import org.dancu.smssim.SimulatedSmsGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The simulated gateway's store, in the database so that what it received outlives a killed server
 * (the benchmark counts it after a {@code kill -9}). A key received again is counted, not stored again.
 */
@Component
class ReceivedMessages implements SimulatedSmsGateway {

    private final JdbcClient jdbc;

    ReceivedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the key is new, false when it repeats one already received */
    boolean accept(String idempotencyKey, String phone, String text) {
        return jdbc.sql("""
                        INSERT INTO sms_sim.received (idempotency_key, phone, text, received_at)
                        VALUES (:key, :phone, :text, :now)
                        ON CONFLICT (idempotency_key) DO UPDATE SET repeats = sms_sim.received.repeats + 1
                        RETURNING repeats = 0""")
                .param("key", idempotencyKey)
                .param("phone", phone)
                .param("text", text)
                .param("now", Timestamp.from(Instant.now()))
                .query(Boolean.class)
                .single();
    }

    @Override
    public List<SimulatedSms> latest(int limit) {
        return jdbc.sql("SELECT * FROM sms_sim.received ORDER BY received_at DESC, idempotency_key DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> sms(rs))
                .list();
    }

    @Override
    public Optional<SimulatedSms> byKey(String idempotencyKey) {
        return jdbc.sql("SELECT * FROM sms_sim.received WHERE idempotency_key = :key")
                .param("key", idempotencyKey)
                .query((rs, n) -> sms(rs))
                .optional();
    }

    @Override
    public long received() {
        return jdbc.sql("SELECT count(*) FROM sms_sim.received").query(Long.class).single();
    }

    @Override
    public long repeats() {
        return jdbc.sql("SELECT coalesce(sum(repeats), 0) FROM sms_sim.received").query(Long.class).single();
    }

    private static SimulatedSms sms(ResultSet rs) throws SQLException {
        return new SimulatedSms(rs.getString("idempotency_key"), rs.getString("phone"), rs.getString("text"),
                rs.getTimestamp("received_at").toInstant(), rs.getInt("repeats"));
    }
}
