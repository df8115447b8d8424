package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.AuditUnavailableException;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.datasource.DelegatingDataSource;

@SpringBootTest
@AutoConfigureMockMvc
class AuditLedgerIntegrationTest {

    @Autowired AuditLedger ledger;
    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired DataSource dataSource;
    @Autowired MeterRegistry meters;

    private static AuditEntry entry(String objectId, int n) {
        return new AuditEntry(Actor.staff("officer-" + n), "register.person.read", "person", objectId,
                "verify-household", "10.1.2.3", Outcome.SUCCESS, "note " + n);
    }

    private long entriesWritten() {
        return (long) meters.get("dancu.audit.entries.written").counter().count();
    }

    @Test
    void recordedEntryIsStoredWholeAndChained() {
        String object = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(5);
        AuditEntry entry = new AuditEntry(Actor.staff("lò.văn.thào"), "register.person.read", "person", object,
                "xác minh hộ khẩu", "10.1.2.3", Outcome.DENIED, null);

        ledger.record(entry);

        List<AuditRecord> found = trail.findByObject("person", object, 10);
        assertThat(found).hasSize(1);
        AuditRecord stored = found.get(0);
        assertThat(stored.entry()).isEqualTo(entry);
        assertThat(stored.occurredAt()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        assertThat(stored.hash()).matches("[0-9a-f]{64}");
        assertThat(trail.findByObject("staff-account", object, 10)).isEmpty();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aJobsManyEntriesAreAllCommittedInTheirOrderBeforeRecordAllReturns() {
        String object = UUID.randomUUID().toString();
        long written = entriesWritten();
        List<AuditEntry> entries = new ArrayList<>();
        for (int n = 0; n < 900; n++) {
            entries.add(entry(object, n));
        }

        ledger.recordAll(entries);

        assertThat(entriesWritten() - written).isGreaterThanOrEqualTo(900);
        List<AuditRecord> found = trail.findByObject("person", object, 1_000);
        assertThat(found).hasSize(900);
        assertThat(found.stream().sorted(java.util.Comparator.comparingLong(AuditRecord::seq))
                .map(r -> r.entry().detail()).toList())
                .isEqualTo(entries.stream().map(AuditEntry::detail).toList());
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentCallersAllGetChainedIntoOneIntactChain() throws Exception {
        String object = UUID.randomUUID().toString();
        long written = entriesWritten();
        int threads = 16;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        ledger.record(entry(object, n));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(trail.findByObject("person", object, 1000)).hasSize(threads * perThread);
        assertThat(entriesWritten() - written).isEqualTo(threads * perThread);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void twoInstancesOnOneDatabaseExtendOneChain() throws Exception {
        String object = UUID.randomUUID().toString();
        onTwoInstances(8, (target, n) -> {
            for (int i = 0; i < 50; i++) {
                target.record(entry(object, n));
            }
            return null;
        });
        assertThat(trail.findByObject("person", object, 1000)).hasSize(400);
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** The callers' results, called from that many threads at once, in turn on this ledger and on a second writer. */
    private <T> List<T> onTwoInstances(int callers, BiFunction<AuditLedger, Integer, T> call) throws Exception {
        GroupCommitLedger other = newLedger(dataSource, properties(100, Duration.ofSeconds(5)));
        other.start();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> calls = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                AuditLedger target = t % 2 == 0 ? ledger : other;
                int n = t;
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.apply(target, n);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : calls) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
            other.stop();
        }
    }

    @Test
    void anEntryClaimingAKeyAnotherEntryHoldsIsNotWritten() {
        String object = UUID.randomUUID().toString();
        String key = "test.claim " + object;
        Instant keepUntil = Instant.now().plusSeconds(300);

        assertThat(ledger.recordOnce(entry(object, 1), key, keepUntil)).isTrue();
        assertThat(ledger.recordOnce(entry(object, 2), key, keepUntil)).isFalse();
        assertThat(ledger.recordOnce(entry(object, 3), key + " other", keepUntil)).isTrue();

        assertThat(trail.findByObject("person", object, 10)).extracting(r -> r.entry().detail())
                .containsExactlyInAnyOrder("note 1", "note 3");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void ofEntriesClaimingOneKeyAtOnceOnTwoInstancesExactlyOneIsWritten() throws Exception {
        String object = UUID.randomUUID().toString();
        List<Boolean> written = onTwoInstances(16, (target, n) ->
                target.recordOnce(entry(object, n), "test.claim " + object, Instant.now().plusSeconds(60)));
        assertThat(written).containsOnlyOnce(true);
        assertThat(trail.findByObject("person", object, 100)).hasSize(1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void databaseFailureFailsTheCallerAndWritesNothing() {
        String object = UUID.randomUUID().toString();
        DataSource unreachable = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                throw new SQLException("connection refused", "08001");
            }
        };
        GroupCommitLedger broken = newLedger(unreachable, properties(10, Duration.ofSeconds(5)));
        broken.start();
        try {
            assertThatThrownBy(() -> broken.record(entry(object, 1)))
                    .isInstanceOf(AuditUnavailableException.class)
                    .hasRootCauseMessage("connection refused");
        } finally {
            broken.stop();
        }
        assertThat(trail.findByObject("person", object, 10)).isEmpty();
    }

    @Test
    void callersHoldingEveryPooledConnectionStillGetTheirEntriesCommitted() throws Exception {
        String object = UUID.randomUUID().toString();
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            // every connection the pool has or may open is taken: by this test, or by background work of the
            // shared context (a recount of the figures) that holds one meanwhile
            while (hikari.getHikariPoolMXBean().getTotalConnections() < hikari.getMaximumPoolSize()
                    || hikari.getHikariPoolMXBean().getIdleConnections() > 0) {
                held.add(dataSource.getConnection());
            }

            ledger.record(entry(object, 1));

            try (var rows = held.get(0).createStatement().executeQuery(
                    "SELECT count(*) FROM audit.ledger WHERE object_id = '" + object + "'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void ledgerThatIsNotRunningRefusesEntries() {
        GroupCommitLedger stopped = newLedger(dataSource, properties(10, Duration.ofSeconds(5)));
        assertThatThrownBy(() -> stopped.record(entry("x", 1)))
                .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("not running");
    }

    @Test
    void fullQueueHoldsCallersBackThenFailsThem() throws Exception {
        String object = UUID.randomUUID().toString();
        CountDownLatch writerInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DataSource slow = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                writerInside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.getConnection();
            }
        };
        SimpleMeterRegistry ownMeters = new SimpleMeterRegistry();
        GroupCommitLedger small = new GroupCommitLedger(new ChainAppender(slow, LedgerKey.inMemory()), () -> { },
                properties(1, Duration.ofMillis(200)), ownMeters);
        small.start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> small.record(entry(object, 1)));
            writerInside.await();
            Future<?> second = pool.submit(() -> small.record(entry(object, 2)));
            while (ownMeters.get("dancu.audit.queue.depth").gauge().value() < 1) {
                Thread.onSpinWait();
            }

            assertThatThrownBy(() -> small.record(entry(object, 3)))
                    .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("stayed full");

            release.countDown();
            first.get();
            second.get();
        } finally {
            release.countDown();
            pool.shutdown();
            small.stop();
        }
        assertThat(trail.findByObject("person", object, 10)).extracting(r -> r.entry().actor().id())
                .containsExactly("officer-2", "officer-1");
    }

    @Test
    void stoppingWritesWhatWasAcceptedAndRefusesTheRest() throws Exception {
        String object = UUID.randomUUID().toString();
        GroupCommitLedger stopping = newLedger(dataSource, properties(1000, Duration.ofSeconds(5)));
        stopping.start();
        AtomicBoolean go = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<int[]>> outcomes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int n = t;
            outcomes.add(pool.submit(() -> {
                int accepted = 0;
                int refused = 0;
                while (go.get() && refused == 0) {
                    try {
                        stopping.record(entry(object, n));
                        accepted++;
                    } catch (AuditUnavailableException e) {
                        refused++;
                    }
                }
                return new int[] {accepted, refused};
            }));
        }
        while (trail.findByObject("person", object, 1).isEmpty()) {
            Thread.onSpinWait();
        }
        stopping.stop();
        go.set(false);
        int accepted = 0;
        for (Future<int[]> outcome : outcomes) {
            accepted += outcome.get()[0];
        }
        pool.shutdown();

        assertThat(trail.findByObject("person", object, 1000)).hasSize(accepted);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private static AuditProperties properties(int queueCapacity, Duration enqueueTimeout) {
        return new AuditProperties(false, queueCapacity, 100, enqueueTimeout, Duration.ofSeconds(30), 50, "", true,
                10, Duration.ofMinutes(1));
    }

    private static GroupCommitLedger newLedger(DataSource dataSource, AuditProperties properties) {
        return new GroupCommitLedger(new ChainAppender(dataSource, LedgerKey.inMemory()), () -> { }, properties, new SimpleMeterRegistry());
    }
}
