package org.dancu.banksim;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericPersonIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.Party38Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PersonIdentification13;
import org.dancu.payments.iso.IsoDocumentWriter;
import org.dancu.payments.iso.IsoMessageType;

/** Small pain.001 files for the bank simulator's tests: the province paying a few persons from its account. */
public final class Pain001Files {

    /** The province's paying account in the files. */
    public static final String PROVINCE_ACCOUNT = "0011000123456";

    /** One payment: to whom (their ID, may be null), into which account, how much. */
    public record Transfer(String endToEndId, String creditorPin, String account, BigDecimal amount) {
    }

    private Pain001Files() {
    }

    /** A file whose header counts and sums its transfers. */
    public static byte[] of(String messageId, List<Transfer> transfers) {
        return of(messageId, String.valueOf(transfers.size()),
                transfers.stream().map(Transfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add), transfers);
    }

    /** A file with the header's count and sum as given, right or wrong. */
    public static byte[] of(String messageId, String count, BigDecimal sum, List<Transfer> transfers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OffsetDateTime now = OffsetDateTime.now();
        try (IsoDocumentWriter writer = IsoDocumentWriter.open(IsoMessageType.PAIN_001, out)) {
            writer.write("GrpHdr", new GroupHeader85().setMsgId(messageId).setCreDtTm(now).setNbOfTxs(count)
                    .setCtrlSum(sum).setInitgPty(new PartyIdentification135().setNm("SO Y TE DIEN BIEN")));
            writer.start("PmtInf").write("PmtInfId", messageId).write("PmtMtd", PaymentMethod3Code.TRF)
                    .write("ReqdExctnDt", new DateAndDateTime2Choice().setDt(now.toLocalDate()))
                    .write("Dbtr", new PartyIdentification135().setNm("SO Y TE DIEN BIEN"))
                    .write("DbtrAcct", account(PROVINCE_ACCOUNT))
                    .write("DbtrAgt", new BranchAndFinancialInstitutionIdentification6()
                            .setFinInstnId(new FinancialInstitutionIdentification18()));
            for (Transfer transfer : transfers) {
                CreditTransferTransaction34 line = new CreditTransferTransaction34()
                        .setPmtId(new PaymentIdentification6().setEndToEndId(transfer.endToEndId()))
                        .setAmt(new AmountType4Choice().setInstdAmt(
                                new ActiveOrHistoricCurrencyAndAmount().setCcy("VND").setValue(transfer.amount())))
                        .setCdtrAcct(account(transfer.account()));
                if (transfer.creditorPin() != null) {
                    line.setCdtr(new PartyIdentification135().setId(new Party38Choice().setPrvtId(
                            new PersonIdentification13().addOthr(new GenericPersonIdentification1().setId(transfer.creditorPin())))));
                }
                writer.write("CdtTrfTxInf", line);
            }
        }
        return out.toByteArray();
    }

    private static CashAccount38 account(String number) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setOthr(
                new GenericAccountIdentification1().setId(number)));
    }
}
