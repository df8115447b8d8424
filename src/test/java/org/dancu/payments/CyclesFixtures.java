package org.dancu.payments;

import java.time.YearMonth;

import org.dancu.audit.Actor;
import org.dancu.payments.cycles.Cycle;
import org.dancu.payments.cycles.CycleDecisions;
import org.dancu.payments.cycles.Cycles;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support for payments: cycles of a programme taken as far along their way as a test needs (locked,
 * prepared by {@link #MAKER}, approved by {@link #CHECKER}), through the cycles' own service, so their
 * lines exist as the maker built them from the programme's ACTIVE beneficiaries
 * ({@link PaymentsFixtures#activeBeneficiaries}, made first). Each call takes the latest period of the
 * programme with no cycle yet, so tests sharing the database do not collide.
 */
public final class CyclesFixtures {

    /** The officer who prepares the fixtures' cycles. */
    public static final String MAKER = "fixtures-maker";
    /** The officer who approves them: never the maker. */
    public static final String CHECKER = "fixtures-checker";

    private CyclesFixtures() {
    }

    /**
     * A new cycle of the programme whose list is closed (its cut-off has passed). The beneficiaries
     * {@link PaymentsFixtures} made count as entered on their decision's date, before the cut-off, as a
     * list entered in time is (a decision entered after the cut-off waits for the next cycle).
     */
    public static Cycle lockedCycle(ApplicationContext context, ProgrammeCode programme) {
        context.getBean(JdbcClient.class).sql("""
                        UPDATE payments.beneficiary SET entered_at = decision_date
                        WHERE programme_code = ? AND entered_by = 'fixtures' AND entered_at > decision_date""")
                .param(programme.value()).update();
        CycleDecisions decisions = context.getBean(CycleDecisions.class);
        Cycle cycle = openCycle(decisions, programme);
        decisions.lock(cycle.id(), Actor.system("fixtures"));
        return reread(context, cycle);
    }

    /** A new cycle of the programme, locked and prepared by {@link #MAKER}: its lines are built and counted. */
    public static Cycle preparedCycle(ApplicationContext context, ProgrammeCode programme) {
        Cycle cycle = lockedCycle(context, programme);
        context.getBean(CycleDecisions.class).prepare(cycle.id(), MAKER);
        return reread(context, cycle);
    }

    /** A new cycle of the programme, prepared by {@link #MAKER} and approved by {@link #CHECKER}. */
    public static Cycle approvedCycle(ApplicationContext context, ProgrammeCode programme) {
        Cycle cycle = preparedCycle(context, programme);
        context.getBean(CycleDecisions.class).approve(cycle.id(), CHECKER);
        return reread(context, cycle);
    }

    private static Cycle openCycle(CycleDecisions decisions, ProgrammeCode programme) {
        YearMonth month = YearMonth.from(PaymentsFixtures.TODAY);
        for (int back = 0; back < 120; back++, month = month.minusMonths(1)) {
            try {
                return decisions.open(programme, month);
            } catch (PaymentRefusedException notThisMonth) {
                // the programme pays nothing that month, or its cycle exists: an earlier month
            }
        }
        throw new IllegalStateException("no free period left for a cycle of " + programme);
    }

    private static Cycle reread(ApplicationContext context, Cycle cycle) {
        return context.getBean(Cycles.class).findById(cycle.id()).orElseThrow();
    }
}
