package org.dancu.national.internal;

import java.io.IOException;
import java.util.List;

import org.dancu.national.ReconciliationRun;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.Scope;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** What {@link org.dancu.national.NationalFixtures}, the national test support other modules use, does inside the module. */
public final class ReconciliationSeeds {

    private static final int BATCH = 1_000;

    private ReconciliationSeeds() {
    }

    public static ReconciliationRun reconcileAndResolveOne(ApplicationContext context) throws IOException {
        PersonChecks checks = context.getBean(PersonChecks.class);
        Reconciler reconciler = new Reconciler(TestNation.connector(TestNation.simulator(context, 0), 1, BATCH),
                context.getBean(RegisteredPersons.class), context.getBean(ReconciliationRuns.class), checks,
                context.getBean(TransactionTemplate.class), BATCH);
        ReconciliationRun run = reconciler.run("kiem.toan", progress -> { });
        Scope province = new Scope("11", null);
        List<PersonCheck> open = checks.open(province, 0);
        if (!open.isEmpty()) {
            checks.resolve(open.get(0).personId(), province, "kiem.toan");
        }
        return run;
    }

    public static void stop() {
        TestNation.closeAll();
    }
}
