package org.dancu.payments.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dancu.audit.Actor;
import org.dancu.civil.Pin;
import org.dancu.payments.AccountFixtures;
import org.dancu.payments.AccountClosed;
import org.dancu.payments.AccountRefused;
import org.dancu.payments.AccountVerified;
import org.dancu.payments.NameVerdict;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.register.RegisterFixture;
import org.dancu.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Accounts reported by a bank and linked in the portal, checked against the register's name: a match verified,
 * a close match to review, an officer's decision, the account another person holds or in another name refused
 * with nothing changed and the refusal in the ledger; the number encrypted at rest.
 */
@SpringBootTest
@EnableScenarios
class WelfareAccountsTests {

    private static final String AGRIBANK = "970405";
    private static final Scope MUONG_THANH = new Scope(AccountFixtures.MUONG_THANH, null);
    private static final Actor OFFICER = Actor.staff("xa.muongthanh");

    @Autowired WelfareAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    private Pin lo() {
        return AccountFixtures.resident(context, "Lò", "Văn", "Pản");
    }

    @Test
    void anAccountInTheSameNameIsVerifiedAndPublishesAccountVerified(Scenario scenario) {
        Pin pin = lo();
        scenario.stimulate(() -> accounts.reported(pin, AGRIBANK, "8888 0000 1234", "LO VAN PAN", "test"))
                .andWaitForEventOfType(AccountVerified.class).matching(event -> event.pin().equals(pin))
                .toArriveAndVerify(event -> {
                    assertThat(event.bankBin()).isEqualTo(AGRIBANK);
                    assertThat(accounts.currentOf(pin).orElseThrow().status()).isEqualTo(Account.Status.VERIFIED);
                });
    }

    @Test
    void theNumberIsStoredEncryptedWithOnlyItsLastFourDigitsInClear() {
        Pin pin = lo();
        accounts.reported(pin, AGRIBANK, "888800005678", "LO VAN PAN", "test");

        byte[] cipher = jdbc.sql("SELECT number_cipher FROM payments.account WHERE pin = :pin")
                .param("pin", pin.value()).query(byte[].class).single();
        assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain("888800005678");
        assertThat(AccountView.of(accounts.currentOf(pin).orElseThrow()).maskedNumber()).isEqualTo("•••• 5678");
    }

    @Test
    void aCloseMatchWaitsForReviewAndAnOfficerAcceptsIt(Scenario scenario) {
        Pin pin = lo();
        Account account = accounts.reported(pin, AGRIBANK, "888800011111", "LO PAN", "test");
        assertThat(account.status()).isEqualTo(Account.Status.TO_REVIEW);
        assertThat(account.verdict()).isEqualTo(NameVerdict.CLOSE_MATCH);
        assertThat(accounts.toReview(MUONG_THANH, OFFICER, "test")).anySatisfy(item -> {
            assertThat(item.account().id()).isEqualTo(account.id());
            assertThat(item.registerName()).isEqualTo("Lò Văn Pản");
        });

        scenario.stimulate(() -> accounts.accept(account.id(), MUONG_THANH, OFFICER, "test"))
                .andWaitForEventOfType(AccountVerified.class).matching(event -> event.accountId() == account.id())
                .toArriveAndVerify(event -> assertThat(accounts.currentOf(pin).orElseThrow().reviewedBy())
                        .isEqualTo("xa.muongthanh"));
        assertThat(ledger(pin, "payments.account.accept", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void anOfficerRefusesACloseMatchAndAccountRefusedIsPublished(Scenario scenario) {
        Pin pin = lo();
        Account account = accounts.reported(pin, AGRIBANK, "888800022222", "PAN LO VAN", "test");

        scenario.stimulate(() -> accounts.refuse(account.id(), MUONG_THANH, OFFICER, "test"))
                .andWaitForEventOfType(AccountRefused.class).matching(event -> event.accountId() == account.id())
                .toArriveAndVerify(event -> assertThat(accounts.currentOf(pin)).isEmpty());
    }

    @Test
    void anOfficerOfAnotherCommuneNeitherSeesNorDecidesTheAccount() {
        Pin pin = lo();
        Account account = accounts.reported(pin, AGRIBANK, "888800033333", "LO PAN", "test");
        Scope elsewhere = new Scope(AccountFixtures.communeOutsideMuongThanh(jdbc), null);

        assertThat(accounts.toReview(elsewhere, OFFICER, "test")).noneMatch(item -> item.account().id().equals(account.id()));
        assertThatThrownBy(() -> accounts.accept(account.id(), elsewhere, OFFICER, "test"))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.accounts.refused.unknown");
        assertThat(accounts.currentOf(pin).orElseThrow().status()).isEqualTo(Account.Status.TO_REVIEW);
        assertThat(ledger(pin, "payments.account.accept", "DENIED")).isEqualTo(1);
    }

    @Test
    void aNewAccountReplacesTheCurrentOneWhichIsClosed(Scenario scenario) {
        Pin pin = lo();
        Account first = accounts.reported(pin, AGRIBANK, "888800044444", "LO VAN PAN", "test");

        scenario.stimulate(() -> accounts.reported(pin, "970418", "888800055555", "LO VAN PAN", "test"))
                .andWaitForEventOfType(AccountClosed.class).matching(event -> event.accountId() == first.id())
                .toArriveAndVerify(event -> assertThat(accounts.currentOf(pin).orElseThrow().bankBin()).isEqualTo("970418"));
    }

    @Test
    void anAccountAnotherPersonHoldsIsRefusedAndNothingChanges() {
        Pin holder = lo();
        Pin other = AccountFixtures.resident(context, "Quàng", "Văn", "Pọm");
        accounts.reported(holder, AGRIBANK, "888800066666", "LO VAN PAN", "test");

        assertThatThrownBy(() -> accounts.reported(other, AGRIBANK, "8888-0006-6666", "QUANG VAN POM", "test"))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.accounts.refused.taken");
        assertThat(accounts.currentOf(other)).isEmpty();
        assertThat(ledger(other, "payments.account.link", "DENIED")).isEqualTo(1);
    }

    @Test
    void anAccountInAnotherNameIsRefusedAndTheCurrentOneStays() {
        Pin pin = lo();
        Account current = accounts.reported(pin, AGRIBANK, "888800077777", "LO VAN PAN", "test");

        assertThatThrownBy(() -> accounts.reported(pin, AGRIBANK, "888800088888", "NGUYEN THI HOA", "test"))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.accounts.refused.name");
        assertThat(accounts.currentOf(pin).orElseThrow().id()).isEqualTo(current.id());
        assertThat(jdbc.sql("SELECT count(*) FROM payments.account WHERE pin = :pin").param("pin", pin.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(ledger(pin, "payments.account.link", "DENIED")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedInWordsAndNothingIsStored() {
        Pin pin = lo();
        Pin unknown = AccountFixtures.freePin(jdbc);

        assertThatThrownBy(() -> accounts.reported(pin, AGRIBANK, "88-88", "LO VAN PAN", "test"))
                .hasMessage("payments.accounts.refused.number");
        assertThatThrownBy(() -> accounts.reported(pin, "123456", "888800099999", "LO VAN PAN", "test"))
                .hasMessage("payments.accounts.refused.bank");
        assertThatThrownBy(() -> accounts.reported(unknown, AGRIBANK, "888800099999", "LO VAN PAN", "test"))
                .hasMessage("payments.accounts.refused.person");
        assertThat(accounts.currentOf(pin)).isEmpty();
        assertThat(ledger(pin, "payments.account.link", "DENIED")).isEqualTo(2);
    }

    @Test
    void noAccountIsLinkedForAPersonTheRegisterRecordsAsDead() {
        Pin pin = lo();
        long personId = jdbc.sql("SELECT person_id FROM register.person WHERE pin = :pin").param("pin", pin.value())
                .query(Long.class).single();
        RegisterFixture.died(jdbc, personId, LocalDate.of(2026, 11, 30));

        assertThatThrownBy(() -> accounts.reported(pin, AGRIBANK, "888800010101", "LO VAN PAN", "test"))
                .hasMessage("payments.accounts.refused.dead");
        assertThat(accounts.currentOf(pin)).isEmpty();
    }

    private long ledger(Pin person, String action, String outcome) {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE object_id = :pin AND action = :action AND outcome = :outcome")
                .param("pin", person.value()).param("action", action).param("outcome", outcome)
                .query(Long.class).single();
    }
}
