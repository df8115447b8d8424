package org.dancu.steering.figures;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.dancu.steering.CountedDataChanged;
import org.dancu.steering.internal.SteeringProperties;
import org.dancu.steering.internal.Today;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recounts the indicators soon after the data behind them changed, so figures follow the register,
 * the datasets and the reconciliations instead of waiting for the six-hourly recompute. Events only
 * mark the figures stale; a recount starts once no event came for {@code follow-quiet} or the oldest
 * waited {@code follow-longest}, so a burst (an import, a change feed applying thousands of deaths)
 * costs one recount, not one per event. When every event since the last recount named the communes it
 * touched, the recount covers only those ({@link Recompute#communes}); one event that could touch any
 * commune makes it whole. Recounts run on the scheduler's single thread, never two at once.
 */
@Component
class FollowTheData {

    /**
     * When the figures became stale, when they last changed, and the current communes the changes
     * touched; {@code communes} is null when a change could have touched any. The whole record is null
     * when the figures are current.
     */
    private record Stale(Instant first, Instant last, Set<String> communes) {

        Stale and(Instant now, Set<String> touched) {
            if (communes == null || touched.isEmpty()) {
                return new Stale(first, now, null);
            }
            Set<String> all = new HashSet<>(communes);
            all.addAll(touched);
            return new Stale(first, now, Set.copyOf(all));
        }
    }

    private final AtomicReference<Stale> stale = new AtomicReference<>();
    private final AtomicBoolean recounting = new AtomicBoolean();
    private final Recompute recompute;
    private final Today today;
    private final SteeringProperties properties;

    FollowTheData(Recompute recompute, Today today, SteeringProperties properties) {
        this.recompute = recompute;
        this.today = today;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(CountedDataChanged event) {
        Instant now = today.now();
        Set<String> touched = event.communes();
        stale.updateAndGet(s -> s == null ? new Stale(now, now, touched.isEmpty() ? null : Set.copyOf(touched))
                : s.and(now, touched));
    }

    @Scheduled(fixedDelayString = "${dancu.steering.follow-check:PT5S}")
    void recountWhenDue() {
        Stale due = stale.get();
        if (due == null || !isDue(due, today.now())) {
            return;
        }
        recounting.set(true);
        try {
            // an event that came after this read keeps the figures stale, for a recount of its own
            stale.compareAndSet(due, null);
            if (due.communes() == null) {
                recompute.all();
            } else {
                recompute.communes(due.communes());
            }
        } finally {
            recounting.set(false);
        }
    }

    /** Whether a recount is waiting or running: tests that store figures by hand wait until it is not. */
    boolean pending() {
        return stale.get() != null || recounting.get();
    }

    private boolean isDue(Stale s, Instant now) {
        return !s.last().plus(properties.followQuiet()).isAfter(now)
                || !s.first().plus(properties.followLongest()).isAfter(now);
    }
}
