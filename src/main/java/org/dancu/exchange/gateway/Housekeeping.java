package org.dancu.exchange.gateway;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Every few seconds: usage counts to the table. */
@Component
class Housekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final UsageCounters usage;
    private ScheduledExecutorService timer;

    Housekeeping(UsageCounters usage) {
        this.usage = usage;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "exchange-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::run, 5, 5, TimeUnit.SECONDS);
    }

    private void run() {
        try {
            usage.flush();
        } catch (RuntimeException e) {
            log.warn("exchange housekeeping failed, retrying later: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
            run();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
