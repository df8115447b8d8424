package org.dancu.national;

import java.io.IOException;
import java.util.List;

import org.dancu.national.internal.ReconciliationSeeds;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reconciliation of the whole register with the test register's simulated nation, over real HTTP,
 * for tests of other modules (the figure audit), and the national module's rows as another module's
 * test needs them. Call {@link #stop()} after the test class.
 */
public final class NationalFixtures {

    private NationalFixtures() {
    }

    /** Runs a reconciliation to its end and resolves the first open mismatch of the province, as an officer would. */
    public static ReconciliationRun reconcileAndResolveOne(ApplicationContext context) throws IOException {
        return ReconciliationSeeds.reconcileAndResolveOne(context);
    }

    /** Forgets every check, as before the first reconciliation. */
    public static void forgetChecks(ApplicationContext context) {
        context.getBean(JdbcClient.class).sql("DELETE FROM national.person_check").update();
    }

    /** A finished run that found the register person's fields given to differ from the nation's. */
    public static void mismatch(ApplicationContext context, long personId, String pin, String communeCode,
                                List<String> fields) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long run = jdbc.sql("INSERT INTO national.run (started_by, state, total, finished_at) VALUES ('test', 'DONE', 1,"
                + " now()) RETURNING run_id").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO national.person_check (person_id, pin, commune_code, status, fields,
                            run_id, checked_at)
                        VALUES (:id, :pin, :commune, 'MISMATCH', CAST(:fields AS text[]), :run, now())
                        ON CONFLICT (person_id) DO UPDATE SET status = 'MISMATCH', fields = EXCLUDED.fields,
                            run_id = EXCLUDED.run_id, resolved_at = NULL, resolved_by = NULL""")
                .param("id", personId).param("pin", pin).param("commune", communeCode)
                .param("fields", fields.toArray(String[]::new)).param("run", run).update();
    }

    /** A run a quarter of the way through, unless one is running already. */
    public static void running(ApplicationContext context) {
        context.getBean(JdbcClient.class).sql("INSERT INTO national.run (started_by, state, total, checked)"
                + " SELECT 'test', 'RUNNING', 200, 50 WHERE NOT EXISTS (SELECT 1 FROM national.run WHERE state = 'RUNNING')")
                .update();
    }

    /** The running run ends, every person checked. */
    public static void finishRunning(ApplicationContext context) {
        context.getBean(JdbcClient.class).sql("UPDATE national.run SET state = 'DONE', checked = total, finished_at = now()"
                + " WHERE state = 'RUNNING'").update();
    }

    /** Stops the simulated nations the reconciliations started. */
    public static void stop() {
        ReconciliationSeeds.stop();
    }
}
