package org.dancu.payments.citizens;

import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.payments.LineStatus;
import org.dancu.payments.PayChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payments to one person, newest first: the lines of cycles approved or further on (a cycle being
 * prepared may still change), with their programme and cycle. Only that person's lines are read: the ID is
 * the query's condition.
 */
@Component
class MyPaymentsQuery {

    /** The most lines the page shows: ten years of monthly payments under several programmes. */
    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    MyPaymentsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MyPayment> of(Pin pin) {
        return jdbc.sql("""
                        SELECT l.id, p.name_vi, p.name_en, c.period, l.amount, l.status, l.channel, l.reason_code,
                               l.paid_on, c.pays_on
                        FROM payments.line l
                        JOIN payments.cycle c ON c.id = l.cycle_id
                        JOIN payments.programme p ON p.code = c.programme_code
                        WHERE l.pin = :pin AND c.status IN ('APPROVED', 'SENT', 'SETTLED')
                        ORDER BY c.pays_on DESC, l.id DESC
                        LIMIT :limit""")
                .param("pin", pin.value()).param("limit", LIMIT)
                .query((rs, row) -> new MyPayment(rs.getLong("id"), rs.getString("name_vi"), rs.getString("name_en"),
                        rs.getString("period"), rs.getLong("amount"), LineStatus.valueOf(rs.getString("status")),
                        PayChannel.valueOf(rs.getString("channel")), rs.getString("reason_code"),
                        rs.getObject("paid_on", LocalDate.class), rs.getObject("pays_on", LocalDate.class)))
                .list();
    }
}
