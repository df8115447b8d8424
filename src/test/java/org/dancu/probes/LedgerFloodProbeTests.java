package org.dancu.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An anonymous client floods the server with refused requests (POSTs without a CSRF token to ~4,000-character
 * random paths) while an officer's audited actions go on. The officer's actions all succeed, and the flood leaves
 * a bounded number of ledger rows: the first few refusals of the window, singly; the rest are only counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerFloodProbeTests {

    private static final int FLOOD = 300;
    private static final int OFFICER_READS = 100;

    @LocalServerPort
    int port;

    @Autowired
    AuditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusedAnonymousRequestsNeitherSinkOthersEntriesNorFloodTheLedger() throws Exception {
        long before = deniedPageRows();
        HttpClient client = HttpClient.newHttpClient();
        String object = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> flood = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                flood.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/" + UUID.randomUUID() + "x".repeat(4_000)))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
            }
            List<Future<?>> reads = new ArrayList<>();
            for (int i = 0; i < OFFICER_READS; i++) {
                int n = i;
                reads.add(pool.submit(() -> ledger.record(new AuditEntry(Actor.staff("lan.nt"), "register.person.read",
                        "person", object, null, "127.0.0.1", Outcome.SUCCESS, "read " + n))));
            }
            for (Future<Integer> refused : flood) {
                assertThat(refused.get()).isEqualTo(403);
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE object_id = ?").param(object)
                .query(Long.class).single()).isEqualTo(OFFICER_READS);
        assertThat(deniedPageRows() - before).as("rows the flood left in the ledger").isBetween(1L, 10L);
    }

    private long deniedPageRows() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'security.access-denied' AND actor_kind = 'ANONYMOUS'")
                .query(Long.class).single();
    }
}
