package org.dancu.exchange.gateway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.dancu.civil.ProvinceTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests per partner, day, operation and outcome for the administrator's usage page. Counted in
 * memory and added to the table every few seconds, so a request costs no extra write; the audit
 * ledger stays the authoritative record of each request.
 */
@Component
public class UsageCounters {

    record Key(String partnerCode, LocalDate day, String operation, String outcome) {
    }

    record Row(String partnerCode, String operation, String outcome, long requests) {
    }

    private final JdbcClient jdbc;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    private final ProvinceTime time;

    UsageCounters(JdbcClient jdbc, ProvinceTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    void count(String partnerCode, String operation, String outcome) {
        pending.computeIfAbsent(new Key(partnerCode, time.today(), operation, outcome), k -> new LongAdder())
                .increment();
    }

    synchronized void flush() {
        List<Key> keys = new ArrayList<>(pending.keySet());
        for (Key key : keys) {
            long count = pending.remove(key).sumThenReset();
            if (count > 0) {
                jdbc.sql("""
                                INSERT INTO exchange.usage (partner_code, day, operation, outcome, requests)
                                VALUES (:partner, :day, :operation, :outcome, :n)
                                ON CONFLICT (partner_code, day, operation, outcome)
                                DO UPDATE SET requests = exchange.usage.requests + EXCLUDED.requests""")
                        .param("partner", key.partnerCode()).param("day", key.day())
                        .param("operation", key.operation()).param("outcome", key.outcome()).param("n", count)
                        .update();
            }
        }
    }

    /** Totals per partner, operation and outcome over the last {@code days} days, counts not yet flushed included. */
    public List<Row> totals(int days) {
        flush();
        return jdbc.sql("""
                        SELECT partner_code, operation, outcome, sum(requests) AS requests FROM exchange.usage
                        WHERE day > current_date - :days
                        GROUP BY partner_code, operation, outcome ORDER BY partner_code, operation, outcome""")
                .param("days", days).query(Row.class).list();
    }
}
