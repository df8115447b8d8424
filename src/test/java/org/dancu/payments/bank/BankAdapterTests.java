package org.dancu.payments.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.dancu.banksim.Pain001Files;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.Pin;
import org.dancu.civil.VietnameseText;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Payments reaches the banks through the one {@link Bank} bean, over HTTP signed with the province's key;
 * in the tests (as in the demo) the bank simulator answers, knowing the register's persons.
 */
@SpringBootTest
class BankAdapterTests {

    private static final String VIETCOMBANK = "970436";

    @Autowired ApplicationContext context;
    @Autowired Bank bank;
    @Autowired RegisteredPersons persons;
    @Autowired Environment environment;

    private List<RegisteredPerson> registered;

    @BeforeEach
    void theSyntheticRegister() throws Exception {
        RegisterTestData.ensureLoaded(context);
        registered = persons.withPinAfter(0, 40);
    }

    @Test
    void theBankNamesTheHolderOfEachPersonsAccountInCapitalsWithoutAccentsOftenMasked() {
        int active = 0;
        for (RegisteredPerson person : registered) {
            NameAnswer answer = bank.nameOf(VIETCOMBANK, SimulatedAccounts.numberOf(person.pin()));

            assertThat(answer.status()).isIn(NameAnswer.Status.ACTIVE, NameAnswer.Status.CLOSED, NameAnswer.Status.BLOCKED);
            if (answer.status() == NameAnswer.Status.ACTIVE) {
                active++;
                String spelt = VietnameseText.asciiKey(person.name().fullName()).toUpperCase(Locale.ROOT);
                String[] words = spelt.split(" ");
                assertThat(answer.holderName()).satisfiesAnyOf(
                        name -> assertThat(name).isEqualTo(spelt),
                        name -> assertThat(name.split(" ")).hasSize(words.length).startsWith(words[0])
                                .allMatch(word -> word.equals(words[0]) || word.matches("[A-Z]\\*\\*")));
            } else {
                assertThat(answer.holderName()).isNull();
            }
        }
        assertThat(active).isGreaterThan(registered.size() / 2);
    }

    @Test
    void anAccountNumberTheBankDoesNotHoldIsUnknown() {
        assertThat(bank.nameOf(VIETCOMBANK, "1234567").status()).isEqualTo(NameAnswer.Status.UNKNOWN);
        assertThat(bank.nameOf(VIETCOMBANK, "12-34").status()).isEqualTo(NameAnswer.Status.UNKNOWN);
        assertThat(bank.nameOf(VIETCOMBANK, SimulatedAccounts.numberOf(Pin.of("001099000001"))).status())
                .isEqualTo(NameAnswer.Status.UNKNOWN);
    }

    @Test
    void aBankTheSimulatorDoesNotRunCannotAnswer() {
        assertThat(bank.nameOf("999999", SimulatedAccounts.numberOf(registered.get(0).pin())).status())
                .isEqualTo(NameAnswer.Status.UNAVAILABLE);
    }

    @Test
    void theBankRefusesARequestNotSignedByTheProvince() throws Exception {
        URI unsigned = URI.create("http://127.0.0.1:" + environment.getProperty("local.bank-sim.port") + "/bank/v1/"
                + VIETCOMBANK + "/accounts/" + SimulatedAccounts.numberOf(registered.get(0).pin()));

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(unsigned).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("holderName");
    }

    @Test
    void aFileHandedOverTwiceIsKeptOnceAndAnotherUnderTheSameIdIsRefused() {
        String messageId = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String pin = registered.get(0).pin().value();
        byte[] file = Pain001Files.of(messageId, List.of(new Pain001Files.Transfer(messageId + "-1", pin,
                SimulatedAccounts.numberOf(registered.get(0).pin()), BigDecimal.valueOf(500_000))));
        byte[] another = Pain001Files.of(messageId, List.of(new Pain001Files.Transfer(messageId + "-1", pin,
                SimulatedAccounts.numberOf(registered.get(0).pin()), BigDecimal.valueOf(600_000))));

        bank.send(VIETCOMBANK, messageId, file);
        bank.send(VIETCOMBANK, messageId, file);

        assertThatThrownBy(() -> bank.send(VIETCOMBANK, messageId, another))
                .isInstanceOf(BankUnavailableException.class).hasMessageContaining("refused", "another file");
    }
}
