package org.dancu.cli;

import java.util.List;
import java.util.Map;

import org.dancu.national.FeedStatus;
import org.dancu.national.NationalReconciliation;
import org.dancu.national.NationalUnavailableException;
import org.dancu.national.ReconciliationRun;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code dancu reconcile}: applies the national change feed, then reconciles the whole register
 * with the national database (resuming an interrupted run), printing progress. The connector is
 * configured as for the server ({@code DANCU_NATIONAL_*}).
 */
class ReconcileCommand implements Command {

    static final int NOT_CONFIGURED = 2;
    static final int UNAVAILABLE = 1;

    @Override
    public String name() {
        return "reconcile";
    }

    @Override
    public String summary() {
        return "apply the national change feed and reconcile the register with the national database";
    }

    @Override
    public String usage() {
        return "[--property=value ...]\n"
                + "  the connector is configured as for the server: DANCU_NATIONAL_BASE_URL, DANCU_NATIONAL_KEY_ID,\n"
                + "  DANCU_NATIONAL_PRIVATE_KEY; an interrupted run resumes where it stopped (docs/national.md)";
    }

    @Override
    public int run(List<String> arguments) {
        try (ConfigurableApplicationContext context = SpringLauncher.start(arguments, WebApplicationType.NONE,
                Map.of("logging.level.root", "WARN", "spring.main.log-startup-info", "false",
                        "dancu.national.schedule", "false"))) {
            NationalReconciliation national = context.getBean(NationalReconciliation.class);
            if (!national.configured()) {
                System.err.println("dancu: no national database configured: set DANCU_NATIONAL_BASE_URL,"
                        + " DANCU_NATIONAL_KEY_ID and DANCU_NATIONAL_PRIVATE_KEY (see docs/national.md)");
                return NOT_CONFIGURED;
            }
            try {
                FeedStatus feed = national.applyChanges();
                System.out.printf("Change feed: position %d, %d applied, %d skipped%n", feed.cursor(), feed.applied(),
                        feed.skipped());
                long began = System.nanoTime();
                ReconciliationRun run = national.reconcile("cli", ReconcileCommand::progress);
                System.out.printf("Reconciliation %d done: %d persons checked, %d agree, %d differ, %d unknown"
                                + " (%.1f %% agree) in %.1f s%n", run.runId(), run.checked(), run.matched(),
                        run.mismatched(), run.unknown(), run.matchingPercent(), (System.nanoTime() - began) / 1e9);
                return 0;
            } catch (NationalUnavailableException e) {
                System.err.println("dancu: the national database stopped answering (" + e.getMessage()
                        + "); run the command again to resume where it stopped");
                return UNAVAILABLE;
            }
        }
    }

    private static void progress(ReconciliationRun run) {
        if (run.checked() % 50_000 < 1_000) {
            System.out.printf("  %d of %d persons checked (%.0f %%)%n", run.checked(), run.total(),
                    run.progressPercent());
        }
    }
}
