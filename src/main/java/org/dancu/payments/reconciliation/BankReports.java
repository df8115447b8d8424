package org.dancu.payments.reconciliation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader86;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;
import com.prowidesoftware.swift.model.mx.dic.TotalTransactions6;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Vnd;
import org.dancu.payments.iso.IsoDocumentReader;
import org.dancu.payments.iso.IsoMessageType;

/**
 * Reads a bank's answer (pain.002, camt.054 or camt.053), already checked against its schema, as a stream
 * of {@link BankAnswer}s with pw-iso20022's model, one element at a time, and what its header declares.
 * A pain.002 answers per transaction (accepted, rejected with its reason); a camt message per entry, each
 * transaction of a booked debit paid, each transaction of a credit carrying return information returned.
 * Entries still pending are counted for the totals and answer nothing yet.
 */
final class BankReports {

    /** pain.002 transaction statuses that mean the bank took the payment. */
    private static final List<String> ACCEPTED = List.of("ACCP", "ACSP", "ACSC", "ACTC", "ACWC");
    private static final String REJECTED = "RJCT";
    private static final String BOOKED = "BOOK";
    private static final String CURRENCY = "VND";

    /**
     * What the message says of itself: its id, the message it answers (pain.002), and the totals it
     * declares next to those counted while reading.
     */
    static final class Header {
        String messageId;
        String originalMessageId;
        String groupStatus;
        Long declaredCount;
        BigDecimal declaredSum;
        long counted;
        long countedSum;
    }

    private BankReports() {
    }

    /**
     * @throws PaymentRefusedException when an amount has decimals or is not in VND
     */
    static Header read(IsoMessageType type, InputStream message, Consumer<BankAnswer> answers) {
        Header header = new Header();
        IsoDocumentReader reader = IsoDocumentReader.of(type);
        if (type == IsoMessageType.PAIN_002) {
            reader.on("GrpHdr", GroupHeader86.class, h -> header.messageId = h.getMsgId())
                    .on("OrgnlGrpInfAndSts", OriginalGroupHeader17.class, original -> {
                        header.originalMessageId = original.getOrgnlMsgId();
                        header.groupStatus = original.getGrpSts();
                        header.declaredCount = original.getOrgnlNbOfTxs() == null ? null
                                : Long.valueOf(original.getOrgnlNbOfTxs());
                        header.declaredSum = original.getOrgnlCtrlSum();
                    })
                    .on("TxInfAndSts", PaymentTransaction105.class, status -> answer(status, answers));
        } else {
            reader.on("GrpHdr", GroupHeader81.class, h -> header.messageId = h.getMsgId())
                    .on("TxsSummry", TotalTransactions6.class, summary -> {
                        if (summary.getTtlNtries() != null) {
                            header.declaredCount = summary.getTtlNtries().getNbOfNtries() == null ? null
                                    : Long.valueOf(summary.getTtlNtries().getNbOfNtries());
                            header.declaredSum = summary.getTtlNtries().getSum();
                        }
                    })
                    .on("Ntry", ReportEntry10.class, entry -> {
                        header.counted++;
                        header.countedSum = Math.addExact(header.countedSum, dong(entry.getAmt()));
                        answer(entry, answers);
                    });
        }
        reader.read(message);
        return header;
    }

    private static void answer(PaymentTransaction105 status, Consumer<BankAnswer> answers) {
        String code = status.getTxSts();
        if (ACCEPTED.contains(code)) {
            answers.accept(new BankAnswer(status.getOrgnlEndToEndId(), BankAnswer.Outcome.ACCEPTED, null, null, null));
        } else if (REJECTED.equals(code)) {
            answers.accept(new BankAnswer(status.getOrgnlEndToEndId(), BankAnswer.Outcome.REJECTED, null,
                    reason(status.getStsRsnInf()), null));
        }
    }

    private static void answer(ReportEntry10 entry, Consumer<BankAnswer> answers) {
        if (entry.getSts() == null || !BOOKED.equals(entry.getSts().getCd())) {
            return;
        }
        LocalDate booked = entry.getBookgDt() == null ? null : entry.getBookgDt().getDt() != null
                ? entry.getBookgDt().getDt() : entry.getBookgDt().getDtTm().toLocalDate();
        boolean debit = entry.getCdtDbtInd() == CreditDebitCode.DBIT;
        List<EntryTransaction10> transactions = entry.getNtryDtls().stream()
                .flatMap((EntryDetails9 details) -> details.getTxDtls().stream()).toList();
        for (EntryTransaction10 transaction : transactions) {
            String endToEndId = transaction.getRefs() == null ? null : transaction.getRefs().getEndToEndId();
            long amount = transaction.getAmt() != null ? dong(transaction.getAmt())
                    : transactions.size() == 1 ? dong(entry.getAmt()) : 0;
            if (debit) {
                answers.accept(new BankAnswer(endToEndId, BankAnswer.Outcome.PAID, amount, null, booked));
            } else if (transaction.getRtrInf() != null) {
                String reason = transaction.getRtrInf().getRsn() == null ? null : transaction.getRtrInf().getRsn().getCd();
                answers.accept(new BankAnswer(endToEndId, BankAnswer.Outcome.RETURNED, amount, reason, booked));
            }
        }
    }

    private static String reason(List<StatusReasonInformation12> reasons) {
        return reasons.stream().filter(r -> r.getRsn() != null && r.getRsn().getCd() != null)
                .map(r -> r.getRsn().getCd()).findFirst().orElse(null);
    }

    private static long dong(ActiveOrHistoricCurrencyAndAmount amount) {
        if (amount == null) {
            return 0;
        }
        if (!CURRENCY.equals(amount.getCcy())) {
            throw new PaymentRefusedException("payments.recon.refused.currency", amount.getCcy());
        }
        try {
            return Vnd.of(amount.getValue()).dong();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new PaymentRefusedException("payments.recon.refused.decimals", amount.getValue().toPlainString());
        }
    }
}
