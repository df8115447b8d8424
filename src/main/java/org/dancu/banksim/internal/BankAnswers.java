package org.dancu.banksim.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification17;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BalanceType10Choice;
import com.prowidesoftware.swift.model.mx.dic.BalanceType13;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerDebitCreditNotificationV08;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerStatementV08;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure5;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CashAccount39;
import com.prowidesoftware.swift.model.mx.dic.CashBalance8;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader86;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32;
import com.prowidesoftware.swift.model.mx.dic.Pagination1;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.StatusReason6Choice;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;
import com.prowidesoftware.swift.model.mx.dic.TransactionParties6;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences6;

/**
 * The messages a simulated bank writes back, with pw-iso20022's model: a pain.002 status report of part of a
 * file's payments (accepted, or rejected with a reason), a camt.054 notification of the payments booked from
 * the province's account, and a page of a day's camt.053 statement. Each is at most a page of payments long.
 */
final class BankAnswers {

    static final String VND = "VND";
    private static final String PAIN_001 = "pain.001.001.09";

    private BankAnswers() {
    }

    /** The identifier of a message the bank sends: its bank, type and number, at most 35 characters. */
    static String messageId(String bankBin, String type, long sequence) {
        return bankBin + "-" + type.replace(".", "") + "-" + sequence;
    }

    /** The statuses of these payments of the file {@code originalId}; a whole file refused carries its reason. */
    static byte[] statusReport(String messageId, OffsetDateTime at, String originalId, List<Payment> payments,
                               String fileRejection) {
        OriginalGroupHeader17 original = new OriginalGroupHeader17().setOrgnlMsgId(originalId).setOrgnlMsgNmId(PAIN_001);
        CustomerPaymentStatusReportV10 report = new CustomerPaymentStatusReportV10()
                .setGrpHdr(new GroupHeader86().setMsgId(messageId).setCreDtTm(at)).setOrgnlGrpInfAndSts(original);
        if (fileRejection != null) {
            original.setGrpSts("RJCT").addStsRsnInf(reason(fileRejection));
        } else {
            OriginalPaymentInstruction32 instruction = new OriginalPaymentInstruction32().setOrgnlPmtInfId(originalId);
            for (Payment payment : payments) {
                PaymentTransaction105 status = new PaymentTransaction105().setOrgnlEndToEndId(payment.endToEndId())
                        .setTxSts(payment.accepted() ? "ACCP" : "RJCT");
                if (!payment.accepted()) {
                    status.addStsRsnInf(reason(payment.rejection()));
                }
                instruction.addTxInfAndSts(status);
            }
            report.addOrgnlPmtInfAndSts(instruction);
        }
        return bytes(new MxPain00200110().setCstmrPmtStsRpt(report).document());
    }

    /** The bookings of these payments from the province's account, on that day. */
    static byte[] notification(String messageId, OffsetDateTime at, String originalId, List<Ledger.Booking> booked,
                               LocalDate day) {
        AccountNotification17 notification = new AccountNotification17().setId(messageId).setCreDtTm(at)
                .setAcct(account(booked.get(0).debtorAccount()));
        booked.forEach(booking -> notification.addNtry(entry(booking, originalId, day)));
        return bytes(new MxCamt05400108().setBkToCstmrDbtCdtNtfctn(new BankToCustomerDebitCreditNotificationV08()
                .setGrpHdr(new GroupHeader81().setMsgId(messageId).setCreDtTm(at)).addNtfctn(notification)).document());
    }

    /**
     * A page of the day's statement of one account: the balance before and after the page's bookings (the
     * account is funded in the morning with the day's payments, so it closes the day at zero) and its entries.
     */
    static byte[] statementPage(String messageId, OffsetDateTime at, LocalDate day, List<Ledger.Booking> page,
                                long balanceBefore, int pageNumber, boolean lastPage) {
        long balanceAfter = balanceBefore - page.stream().mapToLong(Ledger.Booking::amount).sum();
        AccountStatement9 statement = new AccountStatement9().setId(messageId).setCreDtTm(at)
                .setStmtPgntn(new Pagination1().setPgNb(String.valueOf(pageNumber)).setLastPgInd(lastPage))
                .setAcct(account(page.get(0).debtorAccount()))
                .addBal(balance(pageNumber == 1 ? "OPBD" : "PRCD", balanceBefore, day))
                .addBal(balance(lastPage ? "CLBD" : "ITBD", balanceAfter, day));
        page.forEach(booking -> statement.addNtry(entry(booking, null, day)));
        return bytes(new MxCamt05300108().setBkToCstmrStmt(new BankToCustomerStatementV08()
                .setGrpHdr(new GroupHeader81().setMsgId(messageId).setCreDtTm(at)).addStmt(statement)).document());
    }

    private static StatusReasonInformation12 reason(String code) {
        return new StatusReasonInformation12().setRsn(new StatusReason6Choice().setCd(code));
    }

    private static ReportEntry10 entry(Ledger.Booking booking, String originalId, LocalDate day) {
        BankTransactionCodeStructure4 domesticCreditTransfer = new BankTransactionCodeStructure4().setDomn(
                new BankTransactionCodeStructure5().setCd("PMNT").setFmly(
                        new BankTransactionCodeStructure6().setCd("ICDT").setSubFmlyCd("DMCT")));
        return new ReportEntry10().setAmt(amount(booking.amount())).setCdtDbtInd(CreditDebitCode.DBIT)
                .setSts(new EntryStatus1Choice().setCd("BOOK"))
                .setBookgDt(new DateAndDateTime2Choice().setDt(day)).setValDt(new DateAndDateTime2Choice().setDt(day))
                .setBkTxCd(domesticCreditTransfer)
                .addNtryDtls(new EntryDetails9().addTxDtls(new EntryTransaction10()
                        .setRefs(new TransactionReferences6().setMsgId(originalId).setEndToEndId(booking.endToEndId()))
                        .setAmt(amount(booking.amount())).setCdtDbtInd(CreditDebitCode.DBIT)
                        .setRltdPties(new TransactionParties6().setCdtrAcct(new CashAccount38().setId(
                                new AccountIdentification4Choice().setOthr(
                                        new GenericAccountIdentification1().setId(booking.creditorAccount())))))));
    }

    private static CashBalance8 balance(String type, long amount, LocalDate day) {
        return new CashBalance8().setTp(new BalanceType13().setCdOrPrtry(new BalanceType10Choice().setCd(type)))
                .setAmt(amount(Math.abs(amount))).setCdtDbtInd(amount < 0 ? CreditDebitCode.DBIT : CreditDebitCode.CRDT)
                .setDt(new DateAndDateTime2Choice().setDt(day));
    }

    private static CashAccount39 account(String number) {
        return new CashAccount39().setId(new AccountIdentification4Choice().setOthr(
                new GenericAccountIdentification1().setId(number))).setCcy(VND);
    }

    private static ActiveOrHistoricCurrencyAndAmount amount(long dong) {
        return new ActiveOrHistoricCurrencyAndAmount().setCcy(VND).setValue(BigDecimal.valueOf(dong));
    }

    private static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }
}
