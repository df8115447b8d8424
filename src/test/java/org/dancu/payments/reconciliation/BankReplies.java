package org.dancu.payments.reconciliation;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BalanceType10Choice;
import com.prowidesoftware.swift.model.mx.dic.BalanceType13;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure5;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount39;
import com.prowidesoftware.swift.model.mx.dic.CashBalance8;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader86;
import com.prowidesoftware.swift.model.mx.dic.NumberAndSumOfTransactions4;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.PaymentReturnReason5;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.ReturnReason5Choice;
import com.prowidesoftware.swift.model.mx.dic.StatusReason6Choice;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;
import com.prowidesoftware.swift.model.mx.dic.TotalTransactions6;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences6;
import org.dancu.payments.iso.IsoDocumentWriter;
import org.dancu.payments.iso.IsoMessageType;

/**
 * What a bank sends back, written with pw-iso20022's model as a bank would: camt.054 notifications and
 * camt.053 statements of the province's paying account, and pain.002 status reports, each with the
 * totals it declares. For reconciliation's tests and its benchmark.
 */
public final class BankReplies {

    /** One entry: a booked debit (a payment made) or a credit returning a payment with the bank's reason. */
    public record Entry(String endToEndId, BigDecimal amount, String returnReason, LocalDate booked) {

        public static Entry paid(String endToEndId, long amount) {
            return new Entry(endToEndId, BigDecimal.valueOf(amount), null, LocalDate.of(2026, 12, 5));
        }

        public static Entry returned(String endToEndId, long amount, String reason) {
            return new Entry(endToEndId, BigDecimal.valueOf(amount), reason, LocalDate.of(2026, 12, 6));
        }
    }

    /** One transaction's status in a pain.002: {@code ACCP}, {@code RJCT} with a reason … */
    public record Status(String endToEndId, String status, String reason) {
    }

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 12, 6, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    private BankReplies() {
    }

    /** A camt.054 declaring the count and sum of its entries (or, with {@code declared}, other totals). */
    public static byte[] camt054(String messageId, List<Entry> entries, Long declaredCount, BigDecimal declaredSum) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notification(IsoMessageType.CAMT_054, messageId, out, declaredCount == null ? entries.size() : declaredCount,
                declaredSum == null ? sum(entries) : declaredSum, sink -> entries.forEach(sink));
        return out.toByteArray();
    }

    public static byte[] camt054(String messageId, List<Entry> entries) {
        return camt054(messageId, entries, null, null);
    }

    /** A camt.053 statement of the day holding these entries. */
    public static byte[] camt053(String messageId, List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notification(IsoMessageType.CAMT_053, messageId, out, entries.size(), sum(entries), sink -> entries.forEach(sink));
        return out.toByteArray();
    }

    /**
     * Writes a camt.054 or camt.053 to the stream, its entries from the producer one at a time (a message of
     * any length never sits in memory).
     */
    public static void notification(IsoMessageType type, String messageId, OutputStream out, long count, BigDecimal sum,
                                    Consumer<Consumer<Entry>> entries) {
        boolean statement = type == IsoMessageType.CAMT_053;
        try (IsoDocumentWriter writer = IsoDocumentWriter.open(type, out)) {
            writer.write("GrpHdr", new GroupHeader81().setMsgId(messageId).setCreDtTm(CREATED));
            writer.start(statement ? "Stmt" : "Ntfctn");
            writer.write("Id", messageId + "-1");
            writer.write("Acct", new CashAccount39().setId(new AccountIdentification4Choice()
                    .setOthr(new GenericAccountIdentification1().setId("0011000123456"))).setCcy("VND"));
            if (statement) {
                writer.write("Bal", new CashBalance8().setTp(new BalanceType13().setCdOrPrtry(new BalanceType10Choice()
                                .setCd("CLBD"))).setAmt(vnd(BigDecimal.ZERO)).setCdtDbtInd(CreditDebitCode.CRDT)
                        .setDt(new DateAndDateTime2Choice().setDt(LocalDate.of(2026, 12, 6))));
            }
            TotalTransactions6 summary = new TotalTransactions6();
            summary.setTtlNtries(new NumberAndSumOfTransactions4().setNbOfNtries(Long.toString(count)).setSum(sum));
            writer.write("TxsSummry", summary);
            entries.accept(entry -> writer.write("Ntry", entry(entry)));
            writer.end();
        }
    }

    /** A pain.002 answering the pain.001 {@code original}, with the totals it names for it and each status. */
    public static byte[] pain002(String messageId, String original, Long originalCount, BigDecimal originalSum,
                                 String groupStatus, List<Status> statuses) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IsoDocumentWriter writer = IsoDocumentWriter.open(IsoMessageType.PAIN_002, out)) {
            writer.write("GrpHdr", new GroupHeader86().setMsgId(messageId).setCreDtTm(CREATED));
            writer.write("OrgnlGrpInfAndSts", new OriginalGroupHeader17().setOrgnlMsgId(original)
                    .setOrgnlMsgNmId("pain.001.001.09")
                    .setOrgnlNbOfTxs(originalCount == null ? null : originalCount.toString())
                    .setOrgnlCtrlSum(originalSum).setGrpSts(groupStatus));
            if (!statuses.isEmpty()) {
                writer.start("OrgnlPmtInfAndSts");
                writer.write("OrgnlPmtInfId", original + "-1");
                for (Status status : statuses) {
                    PaymentTransaction105 transaction = new PaymentTransaction105()
                            .setOrgnlEndToEndId(status.endToEndId()).setTxSts(status.status());
                    if (status.reason() != null) {
                        transaction.addStsRsnInf(new StatusReasonInformation12()
                                .setRsn(new StatusReason6Choice().setCd(status.reason())));
                    }
                    writer.write("TxInfAndSts", transaction);
                }
                writer.end();
            }
        }
        return out.toByteArray();
    }

    private static ReportEntry10 entry(Entry entry) {
        boolean returned = entry.returnReason() != null;
        EntryTransaction10 transaction = new EntryTransaction10()
                .setRefs(new TransactionReferences6().setEndToEndId(entry.endToEndId()))
                .setAmt(vnd(entry.amount())).setCdtDbtInd(returned ? CreditDebitCode.CRDT : CreditDebitCode.DBIT);
        if (returned) {
            transaction.setRtrInf(new PaymentReturnReason5().setRsn(new ReturnReason5Choice().setCd(entry.returnReason())));
        }
        return new ReportEntry10().setAmt(vnd(entry.amount()))
                .setCdtDbtInd(returned ? CreditDebitCode.CRDT : CreditDebitCode.DBIT)
                .setSts(new EntryStatus1Choice().setCd("BOOK"))
                .setBookgDt(new DateAndDateTime2Choice().setDt(entry.booked()))
                .setBkTxCd(new BankTransactionCodeStructure4().setDomn(new BankTransactionCodeStructure5().setCd("PMNT")
                        .setFmly(new BankTransactionCodeStructure6().setCd(returned ? "RCDT" : "ICDT")
                                .setSubFmlyCd(returned ? "RRTN" : "ESCT"))))
                .addNtryDtls(new EntryDetails9().addTxDtls(transaction));
    }

    private static ActiveOrHistoricCurrencyAndAmount vnd(BigDecimal amount) {
        return new ActiveOrHistoricCurrencyAndAmount().setValue(amount).setCcy("VND");
    }

    private static BigDecimal sum(List<Entry> entries) {
        return entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
