package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two recounts of the same figures at once (the six-hourly or data-following one on the scheduler and
 * one a leader starts, or the demo's seeding): the second waits for the first and replaces what it
 * stored, instead of failing on a duplicate key or a deadlock.
 */
@SpringBootTest
class ConcurrentRecountTests {

    /** An indicator no source counts and a closed period no other test uses, so no recount in the background touches them. */
    private static final IndicatorDefinition INDICATOR =
            HandStoredIndicators.ANSWERED_DEFINITION;
    private static final Period PERIOD = Period.parse("2019-03");

    @Autowired FactWriter writer;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeFigures() {
        jdbc.sql("DELETE FROM steering.indicator_value WHERE indicator_code = :code AND period_code = :period")
                .param("code", INDICATOR.code()).param("period", PERIOD.code()).update();
    }

    @Test
    void aRecountStartedWhileAnotherIsWritingWaitsAndThenReplacesItsFigures() throws Exception {
        writer.replace(INDICATOR, List.of(PERIOD), answered(1), FactWriter.Origin.COMPUTED);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger secondBackend = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transactions.executeWithoutResult(status -> {
                writer.replace(INDICATOR, List.of(PERIOD), answered(2), FactWriter.Origin.COMPUTED);
                written.countDown();
                awaitQuietly(release);
            }));
            assertThat(written.await(1, TimeUnit.MINUTES)).isTrue();
            Future<Integer> second = threads.submit(() -> transactions.execute(status -> {
                secondBackend.set(jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
                return writer.replace(INDICATOR, List.of(PERIOD), answered(3), FactWriter.Origin.COMPUTED);
            }));
            await().atMost(Duration.ofMinutes(1)).until(() -> secondBackend.get() != 0 && jdbc.sql("""
                            SELECT count(*) FROM pg_stat_activity WHERE pid = :pid AND wait_event_type = 'Lock'""")
                    .param("pid", secondBackend.get()).query(Long.class).single() == 1);
            release.countDown();
            first.get(1, TimeUnit.MINUTES);
            assertThat(second.get(1, TimeUnit.MINUTES)).isPositive();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("""
                        SELECT numerator FROM steering.indicator_value WHERE indicator_code = :code
                          AND period_code = :period AND unit_level = 'PROVINCE' AND agency_code = ''""")
                .param("code", INDICATOR.code()).param("period", PERIOD.code()).query(Long.class).list())
                .as("the figure the second recount stored, once").containsExactly(3L);
    }

    /** Requests answered in time out of ten, in Mường Thanh. */
    private static List<IndicatorCount> answered(long inTime) {
        return List.of(new IndicatorCount(PERIOD, "03334", null, null, inTime, 10));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
