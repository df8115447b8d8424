package org.dancu.payments.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.payments.CycleApproved;
import org.dancu.payments.CycleStatus;
import org.dancu.payments.CyclesFixtures;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentStateException;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.payments.PaymentsFixtures.Beneficiary;
import org.dancu.payments.Programme;
import org.dancu.payments.Programmes;
import org.dancu.payments.accounts.VerifiedAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** Cycles from the list to approval: the lines built in bulk, the cut-off, the maker and the checker. */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class CyclesTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired CycleDecisions decisions;
    @Autowired Cycles cycles;
    @Autowired Programmes programmes;

    @Test
    void preparingBuildsOneLinePerBeneficiaryWithTheRulesAmountTheChannelAndTheAccount() {
        List<Beneficiary> banked = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 2);
        Beneficiary byPost = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 1,
                PayChannel.POST_HOME).get(0);
        withoutAccounts(banked);
        withoutAccounts(List.of(byPost));
        long account = VerifiedAccounts.add(context, banked.get(0).pin(), "970418");

        Cycle cycle = CyclesFixtures.preparedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);

        Programme programme = programmes.find(PaymentsFixtures.MONTHLY_ASSISTANCE, cycle.paysOn()).orElseThrow();
        long amount = programme.rule().amountFor(programme.kind(), new BigDecimal("1.50"), null).dong();
        assertThat(line(cycle, banked.get(0))).isEqualTo("PENDING BANK_ACCOUNT " + amount + " " + account + " 970418 null");
        assertThat(line(cycle, banked.get(1))).isEqualTo("HELD BANK_ACCOUNT " + amount + " null null ACCOUNT_UNVERIFIED");
        assertThat(line(cycle, byPost)).isEqualTo("CASH_DUE POST_HOME " + amount + " null null null");
        assertThat(cycle.status()).isEqualTo(CycleStatus.PREPARED);
        assertThat(cycle.preparedBy()).isEqualTo(CyclesFixtures.MAKER);
        assertThat(cycle.totals()).isEqualTo(jdbc.sql("""
                        SELECT count(*), sum(amount) FROM payments.line
                        WHERE cycle_id = ? AND status IN ('PENDING', 'CASH_DUE')""").param(cycle.id())
                .query((rs, i) -> new CycleTotals(rs.getInt(1), org.dancu.payments.Vnd.of(rs.getLong(2)))).single());
        assertThat(jdbc.sql("SELECT count(DISTINCT end_to_end_id) = count(*) FROM payments.line WHERE cycle_id = ?")
                .param(cycle.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aDecisionEnteredAfterTheCutOffWaitsForTheNextCycle() {
        Cycle cycle = CyclesFixtures.lockedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);
        List<Beneficiary> people = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 2);
        withoutAccounts(people);
        entered(people.get(0), cycle.cutOff().atTime(23, 30).atOffset(java.time.ZoneOffset.ofHours(7)));
        entered(people.get(1), cycle.cutOff().plusDays(1).atTime(0, 10).atOffset(java.time.ZoneOffset.ofHours(7)));

        decisions.prepare(cycle.id(), CyclesFixtures.MAKER);

        assertThat(line(cycle, people.get(0))).startsWith("HELD");
        assertThat(line(cycle, people.get(1))).isNull();
    }

    @Test
    void theCheckerApprovesWhenTheRecountedTotalsAgree(Scenario scenario) {
        PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.SOCIAL_PENSION, 2, PayChannel.POST_CASH);
        Cycle cycle = CyclesFixtures.preparedCycle(context, PaymentsFixtures.SOCIAL_PENSION);

        scenario.stimulate(() -> decisions.approve(cycle.id(), CyclesFixtures.CHECKER))
                .andWaitForEventOfType(CycleApproved.class).matching(event -> event.cycleId() == cycle.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.approvedBy()).isEqualTo(CyclesFixtures.CHECKER);
                    assertThat(event.lineCount()).isEqualTo(cycle.totals().lineCount());
                    assertThat(event.controlSum()).isEqualTo(cycle.totals().controlSum());
                });
        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.APPROVED);
    }

    @Test
    void theMakerCannotApproveTheirOwnCycleAndTheRefusalIsAudited() {
        Cycle cycle = CyclesFixtures.preparedCycle(context, PaymentsFixtures.STUDY_SUPPORT);

        assertThatThrownBy(() -> decisions.approve(cycle.id(), CyclesFixtures.MAKER))
                .isInstanceOfSatisfying(PaymentRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payments.cycles.error.own-cycle"));

        Cycle after = cycles.findById(cycle.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(CycleStatus.PREPARED);
        assertThat(after.approvedBy()).isNull();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit.ledger WHERE action = 'payments.cycle.approve' AND object_id = ?
                        AND outcome = 'DENIED' AND actor_id = ?""")
                .params(String.valueOf(cycle.id()), CyclesFixtures.MAKER).query(Long.class).single()).isOne();
    }

    @Test
    void linesThatChangedAfterPreparationStopTheApproval() {
        PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 2, PayChannel.POST_CASH);
        Cycle cycle = CyclesFixtures.preparedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);
        // a death after the preparation: the person's line held, their beneficiary ended
        long died = jdbc.sql("""
                        UPDATE payments.line SET status = 'HELD', reason_code = 'DEAD'
                        WHERE id = (SELECT min(id) FROM payments.line WHERE cycle_id = ? AND status = 'CASH_DUE')
                        RETURNING beneficiary_id""").param(cycle.id()).query(Long.class).single();
        jdbc.sql("UPDATE payments.beneficiary SET status = 'ENDED', status_reason = 'DEAD' WHERE id = ?").param(died).update();

        assertThatThrownBy(() -> decisions.approve(cycle.id(), CyclesFixtures.CHECKER))
                .isInstanceOfSatisfying(PaymentRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payments.cycles.error.totals"));
        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.PREPARED);

        decisions.prepare(cycle.id(), CyclesFixtures.MAKER);
        decisions.approve(cycle.id(), CyclesFixtures.CHECKER);
        Cycle approved = cycles.findById(cycle.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(CycleStatus.APPROVED);
        assertThat(approved.totals().lineCount()).isEqualTo(cycle.totals().lineCount() - 1);
    }

    @Test
    void movesFromTheWrongStateAndBadPeriodsAreRefused() {
        Cycle open = decisions.open(PaymentsFixtures.MONTHLY_ASSISTANCE, YearMonth.from(PaymentsFixtures.TODAY).plusMonths(13));

        assertThatThrownBy(() -> decisions.lock(open.id(), Actor.system("test")))
                .isInstanceOfSatisfying(PaymentStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payments.cycles.error.before-cut-off"));
        assertThatThrownBy(() -> decisions.prepare(open.id(), CyclesFixtures.MAKER))
                .isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> decisions.approve(open.id(), CyclesFixtures.CHECKER))
                .isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> decisions.open(PaymentsFixtures.MONTHLY_ASSISTANCE,
                YearMonth.from(PaymentsFixtures.TODAY).plusMonths(13)))
                .isInstanceOfSatisfying(PaymentRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payments.cycles.error.exists"));
        assertThatThrownBy(() -> decisions.open(PaymentsFixtures.STUDY_SUPPORT, YearMonth.of(2026, 5)))
                .isInstanceOfSatisfying(PaymentRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payments.cycles.error.no-payment"));
        assertThat(cycles.findById(open.id()).orElseThrow().status()).isEqualTo(CycleStatus.OPEN);
        assertThat(jdbc.sql("SELECT count(*) FROM payments.line WHERE cycle_id = ?").param(open.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theNightlyScheduleOpensNextMonthsCyclesAndLocksThoseWhoseCutOffIsOver() {
        Cycle pastCutOff = decisions.open(PaymentsFixtures.MONTHLY_ASSISTANCE, YearMonth.of(2022, 1));

        context.getBean(CycleSchedule.class).run();
        context.getBean(CycleSchedule.class).run();

        assertThat(cycles.findById(pastCutOff.id()).orElseThrow().status()).isEqualTo(CycleStatus.LOCKED);
        YearMonth next = YearMonth.from(decisions.today()).plusMonths(1);
        Cycle opened = cycles.find(PaymentsFixtures.MONTHLY_ASSISTANCE, next.toString()).orElseThrow();
        assertThat(opened.status()).isEqualTo(CycleStatus.OPEN);
        assertThat(opened.cutOff()).isEqualTo(next.minusMonths(1).atDay(25));
        assertThat(opened.paysOn()).isEqualTo(next.atDay(1));
    }

    private String line(Cycle cycle, Beneficiary beneficiary) {
        return jdbc.sql("""
                        SELECT status || ' ' || channel || ' ' || amount || ' ' || coalesce(account_id::text, 'null')
                               || ' ' || coalesce(bank_bin, 'null') || ' ' || coalesce(reason_code, 'null')
                        FROM payments.line WHERE cycle_id = ? AND beneficiary_id = ?""")
                .params(cycle.id(), beneficiary.id()).query(String.class).optional().orElse(null);
    }

    /** The persons start without a welfare account (another programme's test may have given them one). */
    private void withoutAccounts(List<Beneficiary> people) {
        people.forEach(person -> VerifiedAccounts.none(context, person.pin()));
    }

    private void entered(Beneficiary beneficiary, OffsetDateTime at) {
        jdbc.sql("UPDATE payments.beneficiary SET entered_at = ? WHERE id = ?").params(at, beneficiary.id()).update();
    }
}
