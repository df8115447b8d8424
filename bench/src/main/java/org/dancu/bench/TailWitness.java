package org.dancu.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What else happened while a run was timed, to tell where a slow tail comes from: the collector's pauses in the
 * server's JVM (the harness shares it), PostgreSQL's checkpoints, the audit ledger's commits (every audited read
 * waits for one) and waits for a pooled connection.
 */
final class TailWitness implements AutoCloseable {

    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final List<Double> pauses = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            if (!info.getGcAction().contains("concurrent") && !info.getGcName().contains("Concurrent")) {
                synchronized (pauses) {
                    pauses.add((double) info.getGcInfo().getDuration());
                }
            }
        }
    };
    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final long checkpointsBefore;

    TailWitness(DataSource dataSource, MeterRegistry meters) {
        this.jdbc = JdbcClient.create(dataSource);
        this.meters = meters;
        this.checkpointsBefore = checkpoints();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                collectors.add(emitter);
            }
        }
    }

    private long checkpoints() {
        return jdbc.sql("SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter").query(Long.class).single();
    }

    /** One line: pauses (count, longest, total ms), checkpoints, the ledger's commit p99 and the longest pool wait. */
    String summary() {
        double longest;
        double total;
        int count;
        synchronized (pauses) {
            count = pauses.size();
            longest = pauses.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            total = pauses.stream().mapToDouble(Double::doubleValue).sum();
        }
        return String.format("GC pauses %d (longest %.0f ms, %.0f ms in all); checkpoints %d; ledger commit p99 %.1f ms;"
                        + " longest wait for a connection %.1f ms", count, longest, total,
                checkpoints() - checkpointsBefore, percentile99("dancu.audit.commit"),
                maxMillis("hikaricp.connections.acquire"));
    }

    private double percentile99(String timer) {
        Timer found = meters.find(timer).timer();
        if (found == null) {
            return Double.NaN;
        }
        for (ValueAtPercentile value : found.takeSnapshot().percentileValues()) {
            if (value.percentile() == 0.99) {
                return value.value(java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        return Double.NaN;
    }

    private double maxMillis(String timer) {
        Timer found = meters.find(timer).timer();
        return found == null ? Double.NaN : found.max(java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : collectors) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
