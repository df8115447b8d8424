package org.dancu.results.rendition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.NewResult;
import org.dancu.results.Provenance;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The PDF of a result reads in words with Vietnamese diacritics intact (the font is embedded): the
 * type, code, fields, Vietnamese date, agency, legal basis, "digitised from paper", the parcel and the
 * hash; and when revoked, the revocation with its reason.
 */
@SpringBootTest
class ResultPdfTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired ApplicationContext context;
    @Autowired Results results;
    @Autowired ResultPdf pdf;

    private static String text(byte[] document) throws Exception {
        try (PdfReader reader = new PdfReader(document)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }

    @Test
    void aDigitisedLandCertificateReadsInWords() throws Exception {
        Pin holder = ResultsFixtures.holder(context, ResultsFixtures.MUONG_THANH, true);
        NewResult land = ResultsFixtures.landCertificate(holder, ResultsFixtures.MUONG_THANH);
        IssuedResult issued = results.issue(new NewResult(land.type(), land.holders(), land.agencyCode(),
                land.officer(), land.legalBasis(), null, land.fields(), land.parcel(), Provenance.DIGITISED_FROM_PAPER));
        byte[] document = pdf.render(issued, VIETNAMESE);
        String text = text(document);
        assertThat(text).contains("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", issued.code().value(), "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                "Diện tích", "152,3 m²", "AA 01234567", "Thửa số 345, tờ bản đồ số 12",
                "Số hóa từ bản giấy", "Thông tư 10/2024/TT-BTNMT", holder.value(),
                java.util.HexFormat.of().formatHex(issued.hash()).substring(0, 16),
                new org.dancu.civil.ProvinceTime(org.dancu.civil.ProvinceTime.VIETNAM).date(issued.issuedAt()));
        assertThat(new String(document, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/FontFile2");
    }

    @Test
    void aRevokedResultSaysSoWithTheReason() throws Exception {
        IssuedResult issued = ResultsFixtures.issued(context);
        results.revoke(issued.code(), "Cấp nhầm người", "tinh.tuphap");
        String text = text(pdf.render(results.find(issued.code()).orElseThrow(), VIETNAMESE));
        assertThat(text).contains("Đã thu hồi ngày", "Cấp nhầm người", "Lò Văn Sáng");
    }
}
