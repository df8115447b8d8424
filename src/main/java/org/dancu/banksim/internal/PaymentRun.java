package org.dancu.banksim.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.GenericPersonIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.payments.iso.IsoDocumentReader;
import org.dancu.payments.iso.IsoMessageType;
import org.dancu.payments.iso.IsoSchemaException;
import org.dancu.payments.iso.IsoValidator;

/**
 * What a simulated bank does with a pain.001 file: checks it against its schema and its control totals,
 * keeps it once by its message id, and answers each payment a page at a time: a pain.002 status report
 * (accepted, or rejected with the reason a bank gives) and a camt.054 notification of those booked. A
 * payment is rejected when its account is unknown (AC01), closed (AC04) or blocked (AC06), its holder died
 * (MD07), the creditor's ID is not the holder's (BE01), it was paid before (AM05), its amount has decimals
 * (AM12), or, at the configured rate, as an incorrect account all the same (AC01).
 */
final class PaymentRun {

    /** Payments per message sent back. */
    static final int PAGE = 10_000;

    private final Ledger ledger;
    private final Accounts accounts;
    private final BankSimulator.Rates rates;
    private final long seed;
    private final Clock clock;
    private final IsoValidator validator = new IsoValidator();

    PaymentRun(Ledger ledger, Accounts accounts, BankSimulator.Rates rates, long seed, Clock clock) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.rates = rates;
        this.seed = seed;
        this.clock = clock;
    }

    /** The file's header and what its payments add up to. */
    private record Totals(String messageId, String count, BigDecimal sum, String debtorAccount, long payments,
                          BigDecimal amounts) {
    }

    /**
     * Receives a file and answers it; the same file again is answered as the first time (not twice), another
     * under the same id is refused, and so is a file that does not follow the schema.
     */
    synchronized void receive(String bankBin, String messageId, byte[] pain001) {
        try {
            validator.validate(IsoMessageType.PAIN_001, pain001);
        } catch (IsoSchemaException e) {
            throw new BankEndpoints.Refused(400, "the file does not follow " + IsoMessageType.PAIN_001.version()
                    + " (line " + e.arguments()[1] + "): " + e.arguments()[2]);
        }
        Totals totals = totals(pain001);
        if (!messageId.equals(totals.messageId())) {
            throw new BankEndpoints.Refused(400, "the file's MsgId is not the message id it was sent under");
        }
        boolean first;
        try {
            first = ledger.receive(bankBin, messageId, pain001);
        } catch (IllegalStateException e) {
            throw new BankEndpoints.Refused(409, e.getMessage());
        }
        if (!first) {
            return;
        }
        if (!String.valueOf(totals.payments()).equals(totals.count())) {
            refuseWhole(bankBin, messageId, "AM18");
        } else if (totals.sum() == null || totals.sum().compareTo(totals.amounts()) != 0) {
            refuseWhole(bankBin, messageId, "AM10");
        } else {
            answer(bankBin, messageId, totals.debtorAccount(), pain001);
        }
    }

    private Totals totals(byte[] pain001) {
        GroupHeader85[] header = new GroupHeader85[1];
        String[] debtorAccount = new String[1];
        long[] payments = new long[1];
        BigDecimal[] amounts = {BigDecimal.ZERO};
        IsoDocumentReader.of(IsoMessageType.PAIN_001)
                .on("GrpHdr", GroupHeader85.class, read -> header[0] = read)
                .on("DbtrAcct", CashAccount38.class, read -> debtorAccount[0] = accountNumber(read))
                .on("CdtTrfTxInf", CreditTransferTransaction34.class, read -> {
                    payments[0]++;
                    amounts[0] = amounts[0].add(read.getAmt().getInstdAmt().getValue());
                })
                .read(new ByteArrayInputStream(pain001));
        return new Totals(header[0].getMsgId(), header[0].getNbOfTxs(), header[0].getCtrlSum(),
                debtorAccount[0] == null ? "" : debtorAccount[0], payments[0], amounts[0]);
    }

    private void refuseWhole(String bankBin, String originalId, String reason) {
        OffsetDateTime at = OffsetDateTime.now(clock);
        ledger.send(bankBin, "pain.002", sequence -> BankAnswers.statusReport(
                BankAnswers.messageId(bankBin, "pain.002", sequence), at, originalId, List.of(), reason));
    }

    private void answer(String bankBin, String originalId, String debtorAccount, byte[] pain001) {
        List<Payment> page = new ArrayList<>(PAGE);
        IsoDocumentReader.of(IsoMessageType.PAIN_001)
                .on("CdtTrfTxInf", CreditTransferTransaction34.class, read -> {
                    page.add(payment(read));
                    if (page.size() == PAGE) {
                        answerPage(bankBin, originalId, debtorAccount, page);
                        page.clear();
                    }
                })
                .read(new ByteArrayInputStream(pain001));
        if (!page.isEmpty()) {
            answerPage(bankBin, originalId, debtorAccount, page);
        }
    }

    private static Payment payment(CreditTransferTransaction34 read) {
        String creditorId = read.getCdtr() == null || read.getCdtr().getId() == null
                || read.getCdtr().getId().getPrvtId() == null ? null
                : read.getCdtr().getId().getPrvtId().getOthr().stream().map(GenericPersonIdentification1::getId)
                        .findFirst().orElse(null);
        return new Payment(read.getPmtId().getEndToEndId(), read.getAmt().getInstdAmt().getValue(),
                read.getCdtrAcct() == null ? null : accountNumber(read.getCdtrAcct()), creditorId, null);
    }

    private static String accountNumber(CashAccount38 account) {
        return account.getId() == null || account.getId().getOthr() == null ? null : account.getId().getOthr().getId();
    }

    private void answerPage(String bankBin, String originalId, String debtorAccount, List<Payment> page) {
        Map<String, Account> held = accounts.findAll(bankBin, page.stream().map(Payment::creditorAccount)
                .filter(number -> number != null).toList());
        Set<String> paidBefore = ledger.paidBefore(bankBin, page.stream().map(Payment::endToEndId).toList());
        List<Payment> answered = new ArrayList<>(page.size());
        LocalDate today = LocalDate.now(clock);
        List<Ledger.Booking> booked = new ArrayList<>();
        for (Payment payment : page) {
            String reason = paidBefore.contains(payment.endToEndId()) ? "AM05"
                    : rejection(bankBin, payment, held.get(payment.creditorAccount()));
            Payment outcome = reason == null ? payment : payment.rejected(reason);
            answered.add(outcome);
            if (outcome.accepted()) {
                booked.add(new Ledger.Booking(debtorAccount, payment.endToEndId(), payment.amount().longValueExact(),
                        payment.creditorAccount()));
            }
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        ledger.send(bankBin, "pain.002", sequence -> BankAnswers.statusReport(
                BankAnswers.messageId(bankBin, "pain.002", sequence), at, originalId, answered, null));
        if (!booked.isEmpty()) {
            ledger.book(bankBin, today, booked);
            ledger.send(bankBin, "camt.054", sequence -> BankAnswers.notification(
                    BankAnswers.messageId(bankBin, "camt.054", sequence), at, originalId, booked, today));
        }
    }

    /** Why the bank rejects a payment to that account; null when it pays it. */
    private String rejection(String bankBin, Payment payment, Account account) {
        if (account == null) {
            return "AC01";
        }
        if (account.state() == Account.State.CLOSED) {
            return "AC04";
        }
        if (account.state() == Account.State.BLOCKED) {
            return "AC06";
        }
        if (!account.holder().alive()) {
            return "MD07";
        }
        if (payment.creditorId() != null && !payment.creditorId().equals(account.holder().pin().value())) {
            return "BE01";
        }
        if (payment.amount().stripTrailingZeros().scale() > 0) {
            return "AM12";
        }
        return Draw.of(seed, "payment", bankBin + payment.endToEndId()) < rates.wrongAccount() ? "AC01" : null;
    }

    /**
     * Sends each bank's statement of that day's bookings not yet stated, a page at a time; nothing when there
     * are none.
     */
    synchronized void closeDay(LocalDate day) {
        for (String bankBin : SimulatedAccounts.BANK_BINS) {
            List<Ledger.Booking> booked = ledger.unstated(bankBin, day);
            if (booked.isEmpty()) {
                continue;
            }
            Map<String, List<Ledger.Booking>> byAccount = new LinkedHashMap<>();
            booked.forEach(booking -> byAccount.computeIfAbsent(booking.debtorAccount(), key -> new ArrayList<>()).add(booking));
            OffsetDateTime at = OffsetDateTime.now(clock);
            byAccount.values().forEach(account -> statement(bankBin, day, at, account));
        }
    }

    private void statement(String bankBin, LocalDate day, OffsetDateTime at, List<Ledger.Booking> booked) {
        long balance = booked.stream().mapToLong(Ledger.Booking::amount).sum();
        int pages = (booked.size() + PAGE - 1) / PAGE;
        for (int number = 1; number <= pages; number++) {
            List<Ledger.Booking> page = booked.subList((number - 1) * PAGE, Math.min(booked.size(), number * PAGE));
            long before = balance;
            int pageNumber = number;
            ledger.send(bankBin, "camt.053", sequence -> BankAnswers.statementPage(
                    BankAnswers.messageId(bankBin, "camt.053", sequence), at, day, page, before, pageNumber,
                    pageNumber == pages));
            balance -= page.stream().mapToLong(Ledger.Booking::amount).sum();
        }
    }
}
