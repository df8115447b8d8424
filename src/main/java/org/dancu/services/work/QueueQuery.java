package org.dancu.services.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.security.SqlCondition;
import org.dancu.services.Channel;
import org.dancu.services.LegStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officers' queue: the open legs (in progress or suspended) an officer reaches, the common queue
 * (nobody assigned) or their own, filtered, those closest to their deadline first, a page at a time.
 * The scope is in the SQL ({@link Handlers}).
 */
@Component
class QueueQuery {

    /** Legs a page lists. */
    static final int PAGE = 50;

    /** An open leg as the queue lists it. */
    record Row(String code, String legKey, String procedureCode, String communeCode, Channel channel,
               Instant receivedAt, LegStatus status, Instant due, String assignee) {
    }

    private final JdbcClient jdbc;

    QueueQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page (0-based) of the open legs meeting the condition, the earliest deadline first. */
    List<Row> page(SqlCondition legs, QueueFilter filter, Instant now, Instant soon, int page) {
        SqlCondition where = where(legs, filter, now, soon);
        return where.bind(jdbc.sql("SELECT l.dossier_code, l.leg_key, l.procedure_code, l.commune_code, l.channel,"
                        + " l.received_at, l.status, l.due, l.assignee FROM services.leg l WHERE" + where.sql()
                        + " ORDER BY l.due NULLS LAST, l.dossier_code, l.leg_key LIMIT :limit OFFSET :offset"))
                .param("limit", PAGE).param("offset", (long) page * PAGE)
                .query(QueueQuery::row).list();
    }

    /** How many open legs meet the condition, beyond the page too. */
    long count(SqlCondition legs, QueueFilter filter, Instant now, Instant soon) {
        SqlCondition where = where(legs, filter, now, soon);
        return where.bind(jdbc.sql("SELECT count(*) FROM services.leg l WHERE" + where.sql())).query(Long.class)
                .single();
    }

    /** The open legs of the condition with the filter's choices; the deadline's colour as the queue gives it. */
    private static SqlCondition where(SqlCondition legs, QueueFilter filter, Instant now, Instant soon) {
        SqlCondition where = new SqlCondition("l.status IN ('IN_PROGRESS', 'SUSPENDED')", Map.of()).and(legs);
        Map<String, Object> values = new HashMap<>();
        StringBuilder sql = new StringBuilder("TRUE");
        if (filter.assignee() != null) {
            sql.append(" AND l.assignee = :q_assignee");
            values.put("q_assignee", filter.assignee());
        } else if (filter.unassigned()) {
            sql.append(" AND l.assignee IS NULL");
        }
        if (filter.procedure() != null) {
            sql.append(" AND l.procedure_code = :q_procedure");
            values.put("q_procedure", filter.procedure());
        }
        if (filter.commune() != null) {
            sql.append(" AND l.commune_code = :q_commune");
            values.put("q_commune", filter.commune());
        }
        if (filter.code() != null) {
            sql.append(" AND l.dossier_code = :q_code");
            values.put("q_code", filter.code());
        }
        if (filter.deadline() == DeadlineState.STOPPED) {
            sql.append(" AND l.status = 'SUSPENDED'");
        } else if (filter.deadline() != null) {
            sql.append(" AND l.status = 'IN_PROGRESS'");
            if (filter.deadline() != DeadlineState.IN_TIME) {
                sql.append(" AND l.due < :q_").append(filter.deadline() == DeadlineState.OVERDUE ? "now" : "soon");
            }
            if (filter.deadline() != DeadlineState.OVERDUE) {
                sql.append(" AND l.due >= :q_").append(filter.deadline() == DeadlineState.SOON ? "now" : "soon");
            }
            values.put("q_now", Timestamp.from(now));
            values.put("q_soon", Timestamp.from(soon));
        }
        return where.and(new SqlCondition(sql.toString(), values));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp due = rs.getTimestamp(8);
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Channel.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), LegStatus.valueOf(rs.getString(7)),
                due == null ? null : due.toInstant(), rs.getString(9));
    }
}
