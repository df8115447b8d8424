package org.dancu.payments.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification17;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerDebitCreditNotificationV08;
import com.prowidesoftware.swift.model.mx.dic.CashAccount39;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader86;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;

class IsoValidatorTests {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    private final IsoValidator validator = new IsoValidator();

    @Test
    void aStreamedPain001FollowsItsSchemaAndReadsBack() {
        byte[] file = pain001("2", "E2E-1", "E2E-2");

        validator.validate(IsoMessageType.PAIN_001, file);

        List<String> read = new ArrayList<>();
        IsoDocumentReader.of(IsoMessageType.PAIN_001)
                .on("GrpHdr", GroupHeader85.class, header -> read.add(header.getMsgId() + "/" + header.getNbOfTxs()))
                .on("CdtTrfTxInf", CreditTransferTransaction34.class,
                        line -> read.add(line.getPmtId().getEndToEndId() + "=" + line.getAmt().getInstdAmt().getValue()))
                .read(new ByteArrayInputStream(file));
        assertThat(read).containsExactly("MSG-1/2", "E2E-1=500000", "E2E-2=500000");
    }

    @Test
    void messagesTheLibraryWritesItselfFollowTheGeneratedSchemas() {
        MxPain00200110 status = new MxPain00200110().setCstmrPmtStsRpt(new CustomerPaymentStatusReportV10()
                .setGrpHdr(new GroupHeader86().setMsgId("STS-1").setCreDtTm(AT))
                .setOrgnlGrpInfAndSts(new OriginalGroupHeader17().setOrgnlMsgId("MSG-1").setOrgnlMsgNmId("pain.001.001.09")));
        validator.validate(IsoMessageType.PAIN_002, status.document().getBytes(StandardCharsets.UTF_8));

        MxCamt05400108 notification = new MxCamt05400108().setBkToCstmrDbtCdtNtfctn(
                new BankToCustomerDebitCreditNotificationV08()
                        .setGrpHdr(new GroupHeader81().setMsgId("NTF-1").setCreDtTm(AT))
                        .addNtfctn(new AccountNotification17().setId("N-1").setAcct(new CashAccount39().setId(
                                new AccountIdentification4Choice().setOthr(new GenericAccountIdentification1().setId("1234567890"))))));
        validator.validate(IsoMessageType.CAMT_054, notification.document().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMessageOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_002, pain001("1", "E2E-1")))
                .isInstanceOf(IsoSchemaException.class)
                .satisfies(e -> assertThat(((IsoSchemaException) e).arguments()[0]).isEqualTo("pain.002.001.10"));
        assertThatThrownBy(() -> IsoDocumentReader.of(IsoMessageType.CAMT_053)
                .read(new ByteArrayInputStream(pain001("1", "E2E-1"))))
                .isInstanceOf(IsoSchemaException.class);
    }

    @Test
    void aMissingRequiredElementIsRefusedWithItsLine() {
        String file = text(pain001("1", "E2E-1")).replaceFirst("<MsgId>MSG-1</MsgId>", "");

        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_001, bytes(file)))
                .isInstanceOfSatisfying(IsoSchemaException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("payments.iso.invalid");
                    assertThat((int) e.arguments()[1]).isPositive();
                });
    }

    @Test
    void theFacetsTheBanksMatchOnAreChecked() {
        String file = text(pain001("1", "E2E-1"));

        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_001,
                bytes(file.replaceFirst("<NbOfTxs>1</NbOfTxs>", "<NbOfTxs>1a</NbOfTxs>"))))
                .isInstanceOf(IsoSchemaException.class);
        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_001,
                bytes(file.replace("E2E-1", "E".repeat(36)))))
                .isInstanceOf(IsoSchemaException.class);
        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_001, bytes(file.replace("Ccy=\"VND\"", "Ccy=\"vnd\""))))
                .isInstanceOf(IsoSchemaException.class);
        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_001,
                bytes(file.replaceFirst(">500000<", ">five<"))))
                .isInstanceOf(IsoSchemaException.class);
    }

    @Test
    void notXmlAndDocumentTypeDeclarationsAreRefused() {
        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_001, bytes("MsgId;NbOfTxs\nMSG-1;1\n")))
                .isInstanceOf(IsoSchemaException.class);
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + text(pain001("1", "E2E-1")).replaceFirst("<\\?xml[^>]*>", "");
        assertThatThrownBy(() -> validator.validate(IsoMessageType.PAIN_001, bytes(entity)))
                .isInstanceOf(IsoSchemaException.class);
    }

    private static byte[] pain001(String count, String... endToEndIds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IsoDocumentWriter writer = IsoDocumentWriter.open(IsoMessageType.PAIN_001, out)) {
            writer.write("GrpHdr", new GroupHeader85().setMsgId("MSG-1").setCreDtTm(AT).setNbOfTxs(count)
                    .setCtrlSum(BigDecimal.valueOf(500_000L * endToEndIds.length))
                    .setInitgPty(new PartyIdentification135().setNm("SO Y TE DIEN BIEN")));
            writer.start("PmtInf").write("PmtInfId", "PMT-1").write("PmtMtd",
                    com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code.TRF);
            writer.write("ReqdExctnDt", new com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice()
                    .setDt(AT.toLocalDate()));
            writer.write("Dbtr", new PartyIdentification135().setNm("SO Y TE DIEN BIEN"));
            writer.write("DbtrAcct", new com.prowidesoftware.swift.model.mx.dic.CashAccount38().setId(
                    new AccountIdentification4Choice().setOthr(new GenericAccountIdentification1().setId("0001"))));
            writer.write("DbtrAgt", new com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6()
                    .setFinInstnId(new com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18()));
            for (String endToEndId : endToEndIds) {
                writer.write("CdtTrfTxInf", new CreditTransferTransaction34()
                        .setPmtId(new PaymentIdentification6().setEndToEndId(endToEndId))
                        .setAmt(new AmountType4Choice().setInstdAmt(
                                new ActiveOrHistoricCurrencyAndAmount().setCcy("VND").setValue(BigDecimal.valueOf(500_000)))));
            }
        }
        return out.toByteArray();
    }

    private static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
