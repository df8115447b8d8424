package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class FactCacheTests {

    @Autowired FactCache cache;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final AtomicInteger loads = new AtomicInteger();
    private final Supplier<Integer> load = loads::incrementAndGet;
    private final List<Object> key = FactCache.key("test", UUID.randomUUID(), null);

    @Test
    void aValueIsLoadedOncePerVersionOfTheFigures() {
        assertThat(cache.get(key, load)).isEqualTo(1);
        assertThat(cache.get(key, load)).isEqualTo(1);
        assertThat(cache.get(FactCache.key("test", UUID.randomUUID(), null), load)).isEqualTo(2);
    }

    @Test
    void anyStatementOnTheFiguresMovesTheVersionWhoeverIssuesIt() {
        assertThat(cache.get(key, load)).isEqualTo(1);
        jdbc.sql("UPDATE steering.indicator_value SET value = value WHERE false").update();
        assertThat(cache.get(key, load)).isEqualTo(2);
        jdbc.sql("UPDATE steering.indicator_target SET target = target WHERE false").update();
        assertThat(cache.get(key, load)).isEqualTo(3);
        assertThat(cache.get(key, load)).isEqualTo(3);
    }

    @Test
    void nothingIsKeptFromInsideATransactionThatMayNotCommit() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("UPDATE steering.indicator_value SET value = value WHERE false").update();
            assertThat(cache.get(key, load)).isEqualTo(1);
            assertThat(cache.get(key, load)).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(cache.get(key, load)).isEqualTo(3);
    }
}
