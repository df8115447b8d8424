package org.dancu.payments.lifeevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dancu.payments.PaymentLines;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.payments.bank.BankMessage;
import org.dancu.payments.reconciliation.BankReplies;
import org.dancu.payments.reconciliation.Reconciliation;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End to end through the register's own events: a death recorded by an officer holds the person's lines
 * not yet sent, ends their entitlement and turns a payment booked after it (already, or later by the
 * bank) into a recovery; a move out of the province holds and ends too, but recovers nothing.
 */
@SpringBootTest
class LifeEventsStopMoneyTests {

    private static final LocalDate EVENT_DAY = LocalDate.of(2026, 11, 15);

    @Autowired ApplicationContext context;
    @Autowired LifeEvents lifeEvents;
    @Autowired Reconciliation reconciliation;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        Officers.signIn("tinh.payments", Role.PROVINCE_OFFICER, new Scope("11", null));
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    @Test
    void aDeathHoldsThePendingLinesEndsTheEntitlementAndRecoversWhatWasPaidAfterIt() {
        PaymentsFixtures.Beneficiary dying = PaymentsFixtures.activeBeneficiaries(context,
                PaymentsFixtures.MONTHLY_ASSISTANCE, 1).get(0);
        long sentCycle = PaymentLines.cycle(jdbc, "SENT");
        long paid = PaymentLines.line(jdbc, sentCycle, dying.id(), "PAID");
        jdbc.sql("UPDATE payments.line SET paid_on = DATE '2026-12-05' WHERE id = :id").param("id", paid).update();
        long inFlight = PaymentLines.line(jdbc, PaymentLines.cycle(jdbc, "SENT"), dying.id(), "SENT");
        long pending = PaymentLines.line(jdbc, PaymentLines.cycle(jdbc, "APPROVED"), dying.id(), "PENDING");

        lifeEvents.record(dying.person().personId(), new LifeEventRequest(LifeEventType.DEATH, EVENT_DAY,
                "Trích lục khai tử 15/2026", Map.of(), null), null).orElseThrow();

        await().atMost(Duration.ofSeconds(30)).until(() -> "HELD".equals(PaymentLines.status(jdbc, pending)));
        assertThat(reasonOf(pending)).isEqualTo("DEAD");
        assertThat(beneficiary(dying.id())).containsEntry("status", "ENDED").containsEntry("status_reason", "DEAD")
                .containsEntry("ends_on", EVENT_DAY.toString());
        assertThat(recoveries(paid)).isEqualTo(1);
        assertThat(PaymentLines.status(jdbc, inFlight)).isEqualTo("SENT");

        reconciliation.receive(PaymentLines.BANK, new BankMessage(1, "camt.054", BankReplies.camt054("DEATH" + inFlight,
                List.of(BankReplies.Entry.paid(PaymentLines.endToEndId(jdbc, inFlight), PaymentLines.AMOUNT)))));
        assertThat(recoveries(inFlight)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'payments.lifeevents.hold' AND object_id = :pin")
                .param("pin", dying.pin().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMoveOutOfTheProvinceHoldsAndEndsButRecoversNothing() {
        PaymentsFixtures.Beneficiary leaving = PaymentsFixtures.activeBeneficiaries(context,
                PaymentsFixtures.MONTHLY_ASSISTANCE, 1).get(0);
        long paid = PaymentLines.line(jdbc, PaymentLines.cycle(jdbc, "SENT"), leaving.id(), "PAID");
        jdbc.sql("UPDATE payments.line SET paid_on = DATE '2026-12-05' WHERE id = :id").param("id", paid).update();
        long pending = PaymentLines.line(jdbc, PaymentLines.cycle(jdbc, "LOCKED"), leaving.id(), "PENDING");

        lifeEvents.record(leaving.person().personId(), new LifeEventRequest(LifeEventType.MOVE_OUT, EVENT_DAY,
                "Xác nhận chuyển đi 3/2026", Map.of(), null), null).orElseThrow();

        await().atMost(Duration.ofSeconds(30)).until(() -> "HELD".equals(PaymentLines.status(jdbc, pending)));
        assertThat(reasonOf(pending)).isEqualTo("MOVED_OUT");
        assertThat(beneficiary(leaving.id())).containsEntry("status", "ENDED").containsEntry("status_reason", "MOVED_OUT");
        assertThat(recoveries(paid)).isZero();
    }

    private String reasonOf(long lineId) {
        return jdbc.sql("SELECT reason_code FROM payments.line WHERE id = :id").param("id", lineId)
                .query(String.class).single();
    }

    private Map<String, Object> beneficiary(long id) {
        return jdbc.sql("SELECT status, status_reason, ends_on::text AS ends_on FROM payments.beneficiary WHERE id = :id")
                .param("id", id).query().singleRow();
    }

    private long recoveries(long lineId) {
        return jdbc.sql("SELECT count(*) FROM payments.exception WHERE line_id = :line AND kind = 'PAID_AFTER_DEATH'"
                        + " AND status = 'OPEN'")
                .param("line", lineId).query(Long.class).single();
    }
}
