package org.dancu.steering.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.dancu.civil.ProvinceTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Requests per API client and day. The figures hold no personal data, so a read is counted rather
 * than written to the audit ledger; counted in memory and added to the table every few seconds, so
 * a request costs no write of its own.
 */
@Component
class ApiClientUsage {

    private record Key(long client, LocalDate day) {
    }

    private final JdbcClient jdbc;
    private final ProvinceTime time;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    ApiClientUsage(JdbcClient jdbc, ProvinceTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    void count(long client) {
        pending.computeIfAbsent(new Key(client, time.today()), k -> new LongAdder()).increment();
    }

    @Scheduled(fixedDelayString = "PT10S")
    synchronized void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            long requests = pending.remove(key).sumThenReset();
            jdbc.sql("""
                            INSERT INTO steering.api_client_usage (client_id, day, requests) VALUES (:client, :day, :n)
                            ON CONFLICT (client_id, day) DO UPDATE SET requests = api_client_usage.requests + EXCLUDED.requests""")
                    .param("client", key.client()).param("day", key.day()).param("n", requests).update();
        }
    }

    /** Requests of each client over its whole life, counts not yet stored included. */
    Map<Long, Long> totals() {
        flush();
        Map<Long, Long> totals = new HashMap<>();
        jdbc.sql("SELECT client_id, sum(requests) FROM steering.api_client_usage GROUP BY client_id")
                .query(rs -> {
                    totals.put(rs.getLong(1), rs.getLong(2));
                });
        return totals;
    }
}
