package org.dancu.payments.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.dancu.banksim.SimulatedAccounts;
import org.dancu.payments.CycleSent;
import org.dancu.payments.CyclesFixtures;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.payments.PaymentsFixtures.Beneficiary;
import org.dancu.payments.accounts.VerifiedAccounts;
import org.dancu.payments.bank.Bank;
import org.dancu.payments.bank.NameAnswer;
import org.dancu.payments.cycles.Cycle;
import org.dancu.payments.cycles.CycleDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The whole cycle runs here: an approved cycle's pain.001 file goes over signed HTTP to the simulated bank,
 * the bank answers with pain.002 and camt.054, the polling reads them and the lines end paid (or returned
 * with the bank's reason), with no hand-written answer in between.
 */
@SpringBootTest
@EnableScenarios
class WholeCycleTests {

    private static final String BIDV = "970418";

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired CycleDecisions decisions;
    @Autowired Bank bank;
    @Autowired BankPolling polling;

    @Test
    void aSentCycleIsPaidByTheSimulatedBankAndReconciled(Scenario scenario) {
        List<Beneficiary> people = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.SOCIAL_PENSION, 8)
                .stream().filter(person -> bank.nameOf(BIDV, SimulatedAccounts.numberOf(person.pin())).status()
                        == NameAnswer.Status.ACTIVE).limit(3).toList();
        people.forEach(person -> VerifiedAccounts.add(context, person.pin(), BIDV));
        Cycle cycle = CyclesFixtures.approvedCycle(context, PaymentsFixtures.SOCIAL_PENSION);
        scenario.stimulate(() -> decisions.send(cycle.id(), CyclesFixtures.CHECKER))
                .andWaitAtMost(Duration.ofMinutes(3))
                .andWaitForEventOfType(CycleSent.class).matching(event -> event.cycleId() == cycle.id())
                .toArriveAndVerify(event -> assertThat(event.files()).isPositive());

        polling.pollAll(bank);

        List<String> statuses = people.stream().map(person -> status(cycle, person)).toList();
        assertThat(statuses).hasSize(3).allMatch(status -> status.equals("PAID") || status.equals("RETURNED AC01"))
                .contains("PAID");
    }

    private String status(Cycle cycle, Beneficiary person) {
        return jdbc.sql("""
                        SELECT status || coalesce(' ' || reason_code, '') FROM payments.line
                        WHERE cycle_id = ? AND beneficiary_id = ?""")
                .params(cycle.id(), person.id()).query(String.class).single();
    }
}
