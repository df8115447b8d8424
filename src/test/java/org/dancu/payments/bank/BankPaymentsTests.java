package org.dancu.payments.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences6;
import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.Pain001Files;
import org.dancu.banksim.Pain001Files.Transfer;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.Pin;
import org.dancu.payments.iso.IsoDocumentReader;
import org.dancu.payments.iso.IsoMessageType;
import org.dancu.payments.iso.IsoValidator;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A pain.001 file handed to a bank through the {@link Bank} bean is answered by the simulated bank with a
 * pain.002 status of every payment (accepted, or rejected with the reason a bank gives), a camt.054 booking of
 * those accepted and, at the day's close, a camt.053 statement; every answer follows its schema. A file whose
 * totals do not add up is rejected whole; one that does not follow the schema is refused and not answered.
 */
@SpringBootTest
class BankPaymentsTests {

    private static final String BIDV = "970418";
    private static final BigDecimal AMOUNT = BigDecimal.valueOf(500_000);

    @Autowired ApplicationContext context;
    @Autowired Bank bank;
    @Autowired RegisteredPersons persons;
    @Autowired BankSimulator simulator;

    private final IsoValidator validator = new IsoValidator();
    private List<RegisteredPerson> living;
    private RegisteredPerson dead;

    @BeforeEach
    void theSyntheticRegister() throws Exception {
        RegisterTestData.ensureLoaded(context);
        List<RegisteredPerson> some = persons.withPinAfter(0, 1_000);
        living = some.stream().filter(RegisteredPerson::alive)
                .filter(person -> bank.nameOf(BIDV, account(person.pin())).status() == NameAnswer.Status.ACTIVE)
                .limit(3).toList();
        dead = some.stream().filter(person -> !person.alive()).findFirst().orElseThrow();
    }

    @Test
    void eachPaymentIsAcceptedAndBookedOrRejectedWithTheBanksReason() {
        long cursor = latest();
        String file = id();
        RegisteredPerson first = living.get(0);
        RegisteredPerson second = living.get(1);
        List<Transfer> transfers = List.of(
                new Transfer(file + "-1", first.pin().value(), account(first.pin()), AMOUNT),
                new Transfer(file + "-2", second.pin().value(), account(second.pin()), AMOUNT),
                new Transfer(file + "-3", dead.pin().value(), account(dead.pin()), AMOUNT),
                new Transfer(file + "-4", first.pin().value(), "1234567", AMOUNT),
                new Transfer(file + "-5", second.pin().value(), account(living.get(2).pin()), AMOUNT));

        bank.send(BIDV, file, Pain001Files.of(file, transfers));

        List<BankMessage> answers = bank.messagesAfter(BIDV, cursor, 100);
        assertThat(answers).extracting(BankMessage::type).containsExactly("pain.002", "camt.054");
        assertThat(answers).extracting(BankMessage::sequence).containsExactly(cursor + 1, cursor + 2);
        Map<String, String> statuses = statuses(answers.get(0));
        assertThat(statuses).containsEntry(file + "-3", "RJCT MD07").containsEntry(file + "-4", "RJCT AC01")
                .containsEntry(file + "-5", "RJCT BE01").hasSize(5);
        List<String> accepted = statuses.entrySet().stream().filter(status -> status.getValue().equals("ACCP"))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(accepted).isSubsetOf(file + "-1", file + "-2");
        assertThat(endToEndIds(answers.get(1), IsoMessageType.CAMT_054)).containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    void theSameFileHandedOverAgainIsNotAnsweredTwiceButAPaymentInAnotherFileIsADuplicate() {
        RegisteredPerson person = living.get(0);
        String file = id();
        byte[] pain001 = Pain001Files.of(file, List.of(new Transfer(file + "-1", person.pin().value(),
                account(person.pin()), AMOUNT)));
        bank.send(BIDV, file, pain001);
        long cursor = latest();

        bank.send(BIDV, file, pain001);
        assertThat(bank.messagesAfter(BIDV, cursor, 100)).isEmpty();

        String again = id();
        bank.send(BIDV, again, Pain001Files.of(again, List.of(new Transfer(file + "-1", person.pin().value(),
                account(person.pin()), AMOUNT))));
        assertThat(statuses(bank.messagesAfter(BIDV, cursor, 100).get(0))).containsExactly(Map.entry(file + "-1", "RJCT AM05"));
    }

    @Test
    void aFileWhoseTotalsDoNotAddUpIsRejectedWhole() {
        long cursor = latest();
        RegisteredPerson person = living.get(0);
        String wrongSum = id();
        bank.send(BIDV, wrongSum, Pain001Files.of(wrongSum, "1", BigDecimal.valueOf(600_000),
                List.of(new Transfer(wrongSum + "-1", person.pin().value(), account(person.pin()), AMOUNT))));
        String wrongCount = id();
        bank.send(BIDV, wrongCount, Pain001Files.of(wrongCount, "2", AMOUNT,
                List.of(new Transfer(wrongCount + "-1", person.pin().value(), account(person.pin()), AMOUNT))));

        List<BankMessage> answers = bank.messagesAfter(BIDV, cursor, 100);
        assertThat(answers).extracting(BankMessage::type).containsExactly("pain.002", "pain.002");
        assertThat(groupStatus(answers.get(0))).isEqualTo("RJCT AM10");
        assertThat(groupStatus(answers.get(1))).isEqualTo("RJCT AM18");
        assertThat(statuses(answers.get(0))).isEmpty();
    }

    @Test
    void aFileThatDoesNotFollowTheSchemaIsRefusedAndNotAnswered() {
        long cursor = latest();
        String file = id();
        String broken = new String(Pain001Files.of(file, List.of(new Transfer(file + "-1", null, "1234567", AMOUNT))),
                StandardCharsets.UTF_8).replace("<NbOfTxs>1</NbOfTxs>", "<NbOfTxs>one</NbOfTxs>");

        assertThatThrownBy(() -> bank.send(BIDV, file, broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BankUnavailableException.class).hasMessageContaining("pain.001.001.09");
        assertThat(bank.messagesAfter(BIDV, cursor, 100)).isEmpty();
    }

    @Test
    void theDaysCloseStatesEachBookingOnce() {
        RegisteredPerson person = living.get(1);
        String file = id();
        bank.send(BIDV, file, Pain001Files.of(file, List.of(new Transfer(file + "-1", person.pin().value(),
                account(person.pin()), AMOUNT), new Transfer(file + "-2", null, "1234567", AMOUNT))));
        List<String> booked = new ArrayList<>();
        bank.messagesAfter(BIDV, latest() - 1, 1).forEach(message -> booked.addAll(endToEndIds(message, IsoMessageType.CAMT_054)));
        long cursor = latest();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        simulator.closeDay(today);
        simulator.closeDay(today);

        List<BankMessage> statements = bank.messagesAfter(BIDV, cursor, 100);
        assertThat(statements).extracting(BankMessage::type).containsOnly("camt.053").isNotEmpty();
        List<String> stated = new ArrayList<>();
        statements.forEach(statement -> stated.addAll(endToEndIds(statement, IsoMessageType.CAMT_053)));
        assertThat(stated).doesNotHaveDuplicates().containsAll(booked).doesNotContain(file + "-2");
    }

    private static String account(Pin pin) {
        return SimulatedAccounts.numberOf(pin);
    }

    private static String id() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** The number of the last message the bank sent so far. */
    private long latest() {
        long last = 0;
        for (List<BankMessage> page = bank.messagesAfter(BIDV, 0, 100); !page.isEmpty();
             page = bank.messagesAfter(BIDV, last, 100)) {
            last = page.get(page.size() - 1).sequence();
        }
        return last;
    }

    /** Each payment's status in a pain.002: {@code ACCP} or {@code RJCT} and the reason. */
    private Map<String, String> statuses(BankMessage report) {
        validator.validate(IsoMessageType.PAIN_002, report.content());
        Map<String, String> statuses = new HashMap<>();
        IsoDocumentReader.of(IsoMessageType.PAIN_002).on("TxInfAndSts", PaymentTransaction105.class,
                status -> statuses.put(status.getOrgnlEndToEndId(), status.getTxSts() + status.getStsRsnInf().stream()
                        .map(reason -> " " + reason.getRsn().getCd()).reduce("", String::concat)))
                .read(new ByteArrayInputStream(report.content()));
        return statuses;
    }

    private String groupStatus(BankMessage report) {
        validator.validate(IsoMessageType.PAIN_002, report.content());
        String[] status = new String[1];
        IsoDocumentReader.of(IsoMessageType.PAIN_002).on("OrgnlGrpInfAndSts", OriginalGroupHeader17.class,
                group -> status[0] = group.getGrpSts() + " " + group.getStsRsnInf().get(0).getRsn().getCd())
                .read(new ByteArrayInputStream(report.content()));
        return status[0];
    }

    private List<String> endToEndIds(BankMessage message, IsoMessageType type) {
        assertThat(message.type()).isEqualTo(type.code());
        validator.validate(type, message.content());
        List<String> ids = new ArrayList<>();
        IsoDocumentReader.of(type).on("Refs", TransactionReferences6.class, refs -> ids.add(refs.getEndToEndId()))
                .read(new ByteArrayInputStream(message.content()));
        return ids;
    }
}
