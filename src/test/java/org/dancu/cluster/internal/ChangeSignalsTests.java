package org.dancu.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.cluster.ChangeSignals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Signals reach the listeners once the change is committed, and never for a change rolled back. */
@SpringBootTest
@AutoConfigureMockMvc
class ChangeSignalsTests {

    @Autowired ChangeSignals signals;
    @Autowired TransactionTemplate transaction;

    @Test
    void aCommittedChangeIsHeardAndARolledBackOneIsNot() throws Exception {
        AtomicInteger rolledBack = new AtomicInteger();
        CountDownLatch committed = new CountDownLatch(1);
        signals.onChange("test.rolled-back", rolledBack::incrementAndGet);
        signals.onChange("test.committed", committed::countDown);

        transaction.executeWithoutResult(status -> {
            signals.changed("test.rolled-back");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> signals.changed("test.committed"));

        // one channel delivers in commit order: had the rolled-back signal been sent, it came first
        assertThat(committed.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(rolledBack).hasValue(0);
    }
}
