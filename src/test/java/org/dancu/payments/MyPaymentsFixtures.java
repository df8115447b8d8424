package org.dancu.payments;

import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.payments.PaymentsFixtures.Beneficiary;
import org.dancu.payments.cycles.Cycle;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen with payments to show on "my payments": two approved cycles of monthly assistance, the older
 * line credited to their account, the newer returned by the bank (account closed); and a neighbour paid in the
 * same cycles, whose lines the citizen must never see. The banks' answers are written onto the lines as the
 * reconciliation would.
 */
public final class MyPaymentsFixtures {

    /** The citizen, the neighbour, and the lines: the citizen's paid and returned ones, the neighbour's. */
    public record Payments(Pin citizen, long paidLine, long returnedLine, long neighboursLine) {
    }

    private MyPaymentsFixtures() {
    }

    public static Payments paidAndReturned(ApplicationContext context) {
        List<Beneficiary> people = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 2);
        Cycle older = CyclesFixtures.approvedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);
        Cycle newer = CyclesFixtures.approvedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long paid = line(jdbc, older, people.get(0));
        long returned = line(jdbc, newer, people.get(0));
        jdbc.sql("UPDATE payments.line SET status = 'PAID', paid_on = ? WHERE id = ?").params(older.paysOn(), paid).update();
        jdbc.sql("UPDATE payments.line SET status = 'RETURNED', reason_code = 'AC04' WHERE id = ?").param(returned).update();
        return new Payments(people.get(0).pin(), paid, returned, line(jdbc, older, people.get(1)));
    }

    private static long line(JdbcClient jdbc, Cycle cycle, Beneficiary beneficiary) {
        return jdbc.sql("SELECT id FROM payments.line WHERE cycle_id = ? AND beneficiary_id = ?")
                .params(cycle.id(), beneficiary.id()).query(Long.class).single();
    }
}
