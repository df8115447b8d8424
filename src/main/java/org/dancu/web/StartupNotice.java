package org.dancu.web;

import java.lang.management.ManagementFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the console when the web server opens and when the start has finished. Between the two the
 * login page already answers while the start's work (the demo's accounts, population and steering
 * history) still runs, and says so; "dancu: ready" is the line to wait for.
 */
@Component
class StartupNotice {

    private int port;

    @EventListener
    void webServerOpened(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
        System.out.println("dancu: the web server answers on port " + port + "; the start is not finished yet"
                + " (on the demo's first start: accounts, population and steering history, 2 to 3 minutes);"
                + " wait for \"dancu: ready\".");
        System.out.flush();
    }

    @EventListener
    void readinessChanged(AvailabilityChangeEvent<ReadinessState> event) {
        // commands without a web server (audit-verify, import) have nothing to announce
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && port > 0) {
            System.out.printf("dancu: ready at http://localhost:%d/ (started in %.1f s)%n", port,
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
            System.out.flush();
        }
    }
}
