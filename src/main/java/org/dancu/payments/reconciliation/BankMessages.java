package org.dancu.payments.reconciliation;

import java.util.Optional;

import org.dancu.payments.iso.IsoMessageType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The messages exchanged with the banks as reconciliation reads and keeps them ({@code payments.message}). */
@Component
class BankMessages {

    /** A pain.001 sent to a bank, with the totals it declared. */
    record Sent(long id, Long cycleId, long count, long sum) {
    }

    private final JdbcClient jdbc;

    BankMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Was a message of this id already received from the bank? */
    boolean received(String bankBin, String messageId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM payments.message WHERE direction = 'IN' AND bank_bin = :bank"
                        + " AND message_id = :id)")
                .param("bank", bankBin).param("id", messageId).query(Boolean.class).single();
    }

    /** The pain.001 of this id sent to the bank. */
    Optional<Sent> sent(String bankBin, String messageId) {
        return jdbc.sql("""
                        SELECT id, cycle_id, nb_of_txs, ctrl_sum FROM payments.message
                        WHERE direction = 'OUT' AND type = 'pain.001' AND bank_bin = :bank AND message_id = :id""")
                .param("bank", bankBin).param("id", messageId)
                .query((rs, i) -> new Sent(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3), rs.getLong(4)))
                .optional();
    }

    /** Keeps a received message whole; returns its row id. */
    long keep(String bankBin, IsoMessageType type, String messageId, Long cycleId, byte[] content, byte[] sha256) {
        return jdbc.sql("""
                        INSERT INTO payments.message (direction, type, message_id, bank_bin, cycle_id, sha256, content)
                        VALUES ('IN', :type, :id, :bank, :cycle, :sha, :content) RETURNING id""")
                .param("type", type.code()).param("id", messageId).param("bank", bankBin).param("cycle", cycleId)
                .param("sha", sha256).param("content", content).query(Long.class).single();
    }
}
