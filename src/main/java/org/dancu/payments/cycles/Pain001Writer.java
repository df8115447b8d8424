package org.dancu.payments.cycles;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemIdentification2Choice;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemMemberIdentification2;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericPersonIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.Party38Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PersonIdentification13;
import com.prowidesoftware.swift.model.mx.dic.PersonIdentificationSchemeName1Choice;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import org.dancu.payments.Vnd;
import org.dancu.payments.iso.IsoDocumentWriter;
import org.dancu.payments.iso.IsoMessageType;

/**
 * Writes one pain.001.001.09 file as a stream with pw-iso20022's model: the group header with the count
 * and sum the file must hold, one payment instruction from the paying agency's account, then one credit
 * transfer per line, each marshalled and forgotten. Each line carries its EndToEndId, its amount in whole
 * dong, the creditor's 12-digit ID ({@code Cdtr/Id/PrvtId/Othr/Id}, scheme NIDN), their bank by its NAPAS
 * BIN, their account, and the remittance text (programme, period, legal basis). Public for the
 * benchmark of the files ({@code bench/run payments-files}).
 */
public final class Pain001Writer {

    /** ISO 20022's limit of one unstructured remittance text. */
    private static final int MAX_140 = 140;

    /** What the header of a file says: its id, when, for when, from whom, and the count and sum it holds. */
    public record Header(String messageId, OffsetDateTime createdAt, LocalDate paysOn, String debtorName,
                  String debtorAccount, int count, Vnd sum) {
    }

    /** One payment to one person. */
    public record Payment(String endToEndId, Vnd amount, String pin, String name, String bankBin, String account) {
    }

    /** What was written: the count and sum of the payments the rows gave. */
    public record Written(int count, Vnd sum) {
    }

    private Pain001Writer() {
    }

    /**
     * Writes the file; {@code rows} hands each payment, in order, to the consumer it is given.
     *
     * @param remittance the texts every line carries (programme, period, legal basis), cut to 140 characters each
     */
    public static Written write(Header header, List<String> remittance, OutputStream out, Consumer<Consumer<Payment>> rows) {
        RemittanceInformation16 text = new RemittanceInformation16();
        remittance.stream().flatMap(part -> pieces(part).stream()).forEach(text::addUstrd);
        PartyIdentification135 debtor = new PartyIdentification135().setNm(header.debtorName());
        long[] counted = new long[2];
        try (IsoDocumentWriter writer = IsoDocumentWriter.open(IsoMessageType.PAIN_001, out)) {
            writer.write("GrpHdr", new GroupHeader85().setMsgId(header.messageId()).setCreDtTm(header.createdAt())
                    .setNbOfTxs(String.valueOf(header.count())).setCtrlSum(header.sum().toBigDecimal())
                    .setInitgPty(debtor));
            writer.start("PmtInf")
                    .write("PmtInfId", header.messageId())
                    .write("PmtMtd", PaymentMethod3Code.TRF)
                    .write("BtchBookg", Boolean.FALSE)
                    .write("NbOfTxs", String.valueOf(header.count()))
                    .write("CtrlSum", header.sum().toBigDecimal())
                    .write("ReqdExctnDt", new DateAndDateTime2Choice().setDt(header.paysOn()))
                    .write("Dbtr", debtor)
                    .write("DbtrAcct", account(header.debtorAccount()))
                    .write("DbtrAgt", new BranchAndFinancialInstitutionIdentification6().setFinInstnId(
                            new FinancialInstitutionIdentification18().setOthr(
                                    new GenericFinancialIdentification1().setId("KBNN"))));
            rows.accept(payment -> {
                writer.write("CdtTrfTxInf", transfer(payment, text));
                counted[0]++;
                counted[1] = Math.addExact(counted[1], payment.amount().dong());
            });
        }
        return new Written(Math.toIntExact(counted[0]), Vnd.of(counted[1]));
    }

    private static CreditTransferTransaction34 transfer(Payment payment, RemittanceInformation16 text) {
        return new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setEndToEndId(payment.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("VND")
                        .setValue(new BigDecimal(payment.amount().dong()))))
                .setCdtrAgt(new BranchAndFinancialInstitutionIdentification6().setFinInstnId(
                        new FinancialInstitutionIdentification18().setClrSysMmbId(new ClearingSystemMemberIdentification2()
                                .setClrSysId(new ClearingSystemIdentification2Choice().setPrtry("NAPAS"))
                                .setMmbId(payment.bankBin()))))
                .setCdtr(new PartyIdentification135().setNm(payment.name()).setId(new Party38Choice().setPrvtId(
                        new PersonIdentification13().addOthr(new GenericPersonIdentification1().setId(payment.pin())
                                .setSchmeNm(new PersonIdentificationSchemeName1Choice().setCd("NIDN"))))))
                .setCdtrAcct(account(payment.account()))
                .setRmtInf(text);
    }

    private static CashAccount38 account(String number) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setOthr(
                new GenericAccountIdentification1().setId(number)));
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < text.length(); start += MAX_140) {
            pieces.add(text.substring(start, Math.min(text.length(), start + MAX_140)));
        }
        return pieces;
    }
}
