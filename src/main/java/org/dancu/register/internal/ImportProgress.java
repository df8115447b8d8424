package org.dancu.register.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Rows processed by the running passes, in memory: the page polls it, the job row holds the rest. */
@Component
class ImportProgress {

    private final Map<Long, AtomicLong> rows = new ConcurrentHashMap<>();

    AtomicLong start(long jobId) {
        AtomicLong counter = new AtomicLong();
        rows.put(jobId, counter);
        return counter;
    }

    long rows(long jobId) {
        AtomicLong counter = rows.get(jobId);
        return counter == null ? 0 : counter.get();
    }

    void end(long jobId) {
        rows.remove(jobId);
    }
}
