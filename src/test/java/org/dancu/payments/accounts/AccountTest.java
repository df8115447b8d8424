package org.dancu.payments.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.dancu.civil.Pin;
import org.dancu.payments.AccountClosed;
import org.dancu.payments.AccountRefused;
import org.dancu.payments.AccountVerified;
import org.dancu.payments.NameVerdict;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentStateException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Pin PIN = Pin.of("011090001234");
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

    private static Account stored() {
        return new Account(7L, 0, PIN, "03158", "970405", Account.Kind.BANK_ACCOUNT,
                new AccountNumbers.SealedNumber(new byte[] {1}, new byte[] {2}, "3456"), Account.Source.PORTAL, NOW,
                null, null, null, Account.Status.CHECKING, null, null, null);
    }

    private static Account checked(NameVerdict verdict) {
        Account account = stored();
        account.checked("NGUYEN VAN AN", new NameMatch.Result(verdict, 0.8), NOW);
        return account;
    }

    @Test
    void aMatchVerifiesTheAccount() {
        Account account = checked(NameVerdict.MATCH);

        assertThat(account.status()).isEqualTo(Account.Status.VERIFIED);
        assertThat(account.bankName()).isEqualTo("NGUYEN VAN AN");
        assertThat(account.events()).containsExactly(new AccountVerified(PIN, 7L, "970405"));
    }

    @Test
    void aCloseMatchOrAnAnswerTooMaskedGoesToReviewNotToPayment() {
        assertThat(checked(NameVerdict.CLOSE_MATCH).status()).isEqualTo(Account.Status.TO_REVIEW);
        assertThat(checked(NameVerdict.NOT_POSSIBLE).status()).isEqualTo(Account.Status.TO_REVIEW);
        assertThat(checked(NameVerdict.CLOSE_MATCH).events()).isEmpty();
    }

    @Test
    void noMatchIsRefusedAndChangesNothing() {
        Account account = stored();

        assertThatThrownBy(() -> account.checked("TRAN THI BINH", new NameMatch.Result(NameVerdict.NO_MATCH, 0.3), NOW))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.accounts.refused.name");
        assertThat(account.status()).isEqualTo(Account.Status.CHECKING);
        assertThat(account.bankName()).isNull();
    }

    @Test
    void anOfficerAcceptsOrRefusesACloseMatch() {
        Account accepted = checked(NameVerdict.CLOSE_MATCH);
        accepted.accept("officer");
        Account refused = checked(NameVerdict.CLOSE_MATCH);
        refused.refuse("officer");

        assertThat(accepted.status()).isEqualTo(Account.Status.VERIFIED);
        assertThat(accepted.reviewedBy()).isEqualTo("officer");
        assertThat(accepted.events()).containsExactly(new AccountVerified(PIN, 7L, "970405"));
        assertThat(refused.status()).isEqualTo(Account.Status.REFUSED);
        assertThat(refused.events()).containsExactly(new AccountRefused(PIN, 7L));
    }

    @Test
    void aVerifiedAccountIsClosedWhenReplaced() {
        Account account = checked(NameVerdict.MATCH);
        account.clearEvents();
        account.close();

        assertThat(account.status()).isEqualTo(Account.Status.CLOSED);
        assertThat(account.events()).containsExactly(new AccountClosed(PIN, 7L));
    }

    @Test
    void eachTransitionFromTheWrongStateIsRefused() {
        assertThatThrownBy(() -> stored().accept("officer")).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> stored().refuse("officer")).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> stored().close()).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> checked(NameVerdict.MATCH).accept("officer")).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> checked(NameVerdict.MATCH).checked("X", new NameMatch.Result(NameVerdict.MATCH, 1), NOW))
                .isInstanceOf(PaymentStateException.class);
        Account refused = checked(NameVerdict.CLOSE_MATCH);
        refused.refuse("officer");
        assertThatThrownBy(refused::close).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(() -> refused.accept("officer")).isInstanceOf(PaymentStateException.class);
    }
}
