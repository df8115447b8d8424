package org.dancu.national;

import java.io.IOException;

import org.dancu.national.internal.ReconciliationSeeds;
import org.springframework.context.ApplicationContext;

/**
 * A reconciliation of the whole register with the test register's simulated nation, over real HTTP,
 * for tests of other modules (the figure audit). Call {@link #stop()} after the test class.
 */
public final class NationalFixtures {

    private NationalFixtures() {
    }

    /** Runs a reconciliation to its end and resolves the first open mismatch of the province, as an officer would. */
    public static ReconciliationRun reconcileAndResolveOne(ApplicationContext context) throws IOException {
        return ReconciliationSeeds.reconcileAndResolveOne(context);
    }

    /** Stops the simulated nations the reconciliations started. */
    public static void stop() {
        ReconciliationSeeds.stop();
    }
}
