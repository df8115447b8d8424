package org.dancu.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads a ledger row selected with every column in table order. */
final class LedgerRows {

    static final String COLUMNS = "seq, occurred_at, actor_kind, actor_id, action, object_type, object_id, "
            + "purpose, origin, outcome, detail, prev_hash, hash";

    private LedgerRows() {
    }

    static LedgerRow read(ResultSet rs) throws SQLException {
        EntryContent content = new EntryContent(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
        return new LedgerRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), content,
                rs.getBytes(12), rs.getBytes(13));
    }
}
