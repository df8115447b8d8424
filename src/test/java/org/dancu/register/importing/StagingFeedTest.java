package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.tabular.TabularException;
import org.junit.jupiter.api.Test;

class StagingFeedTest {

    @Test
    void everyChunkIsWrittenInOrderAndTheProducersResultReturned() throws SQLException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        long result = StagingFeed.run(sink -> {
            for (int i = 0; i < 100; i++) {
                sink.put((i + ";").getBytes(StandardCharsets.UTF_8));
            }
            return 7;
        }, written::writeBytes);

        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            expected.append(i).append(';');
        }
        assertThat(result).isEqualTo(7);
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void theProducersFailureReachesTheCallerUnchanged() {
        TabularException unreadable = new TabularException("tabular.error.unreadable");

        assertThatThrownBy(() -> StagingFeed.run(sink -> {
            sink.put(new byte[1]);
            throw unreadable;
        }, chunk -> { })).isSameAs(unreadable);
    }

    @Test
    void aFailedWriteStopsTheProducer() {
        AtomicInteger produced = new AtomicInteger();

        assertThatThrownBy(() -> StagingFeed.run(sink -> {
            while (true) {
                sink.put(new byte[1]);
                produced.incrementAndGet();
            }
        }, chunk -> {
            throw new SQLException("connection lost");
        })).isInstanceOf(SQLException.class).hasMessage("connection lost");

        // the run returns only once the producer has ended: it stopped at the full queue, not at the end of a file
        assertThat(produced.get()).isLessThanOrEqualTo(17);
    }
}
