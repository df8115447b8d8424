package org.dancu.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;

import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.payments.bank.Bank;
import org.dancu.payments.bank.NameAnswer;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support for accounts: synthetic residents of Mường Thanh of a test's own, with the name it gives, and a
 * simulated bank at which their account is open (for the portal's link, the browser tests).
 */
public final class AccountFixtures {

    public static final String MUONG_THANH = "03334";

    private AccountFixtures() {
    }

    /** A new living resident of Mường Thanh, a man born in 1990, with an ID of their own and this name. */
    public static Pin resident(ApplicationContext context, String family, String middle, String given) {
        try {
            RegisterTestData.ensureLoaded(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String pin = freePin(jdbc).value();
        PersonName name = PersonName.of(family, middle, given);
        RegisterFixture.add(jdbc, new RegisterFixture.Resident(null, pin, name.family(), name.middle(), name.given(),
                name.fullName(), "1990-09-03", 1990, "M", "THAI", MUONG_THANH, MUONG_THANH, "Bản Him Lam, tổ 3"));
        return Pin.of(pin);
    }

    /** A valid ID of a man born in 1990 in Điện Biên that nobody in the register holds. */
    public static Pin freePin(JdbcClient jdbc) {
        String pin;
        do {
            pin = "011090" + "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        } while (jdbc.sql("SELECT EXISTS (SELECT 1 FROM register.person WHERE pin = :pin)").param("pin", pin)
                .query(Boolean.class).single());
        return Pin.of(pin);
    }

    /** A commune of the province outside Mường Thanh's scope. */
    public static String communeOutsideMuongThanh(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT commune_code FROM locality.scope_commune WHERE scope_code = '11' AND commune_code NOT IN
                    (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
                ORDER BY commune_code LIMIT 1""").param("scope", MUONG_THANH).query(String.class).single();
    }

    /**
     * A simulated bank at which the person's account is open. The bank may give the holder's name masked
     * ({@code QUANG V** P**}), which still matches; the person's ID is drawn at random, so asking for an
     * unmasked answer would find none at any of the banks for about one person in thirteen.
     */
    public static String bankWithOpenAccount(ApplicationContext context, Pin pin) {
        Bank bank = context.getBean(Bank.class);
        String number = SimulatedAccounts.numberOf(pin);
        return SimulatedAccounts.BANK_BINS.stream().filter(bin -> {
            NameAnswer answer = bank.nameOf(bin, number);
            return answer.status() == NameAnswer.Status.ACTIVE;
        }).findFirst().orElseThrow();
    }
}
