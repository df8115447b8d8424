package org.dancu.results.digitising.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Recognition of the forms from text, as {@link FormReader#readText} takes it (no recogniser needed). */
class FormRecognitionTest {

    private final FormReader reader = new FormReader(ReadingSettings.defaults());

    private static final String BIRTH_EXTRACT_WITHOUT_ACCENTS = """
            CONG HOA XA HOI CHU NGHIA VIET NAM
            Doc lap - Tu do - Hanh phuc
            TRICH LUC KHAI SINH
            So: 125
            Quyen so 02/2015
            Ho, chu dem, ten: LO VAN XUAN
            Ngay, thang, nam sinh: 12/03/2015
            Gioi tinh: Nam
            Ho, chu dem, ten nguoi me: Quang Thi Lan
            Ho, chu dem, ten nguoi cha: Lo Van Pan
            Noi dang ky khai sinh: Uy ban nhan dan xa Thanh Xuong, huyen Dien Bien
            """;

    @Test
    void labelsReadWithoutTheirAccentsOrColonStillFindTheirFields() {
        FormReading reading = reader.readText(BIRTH_EXTRACT_WITHOUT_ACCENTS);
        assertThat(reading.kind()).isEqualTo(FormKind.BIRTH_REGISTER_EXTRACT);
        assertThat(reading.fields()).extracting(FieldReading::name).containsExactlyElementsOf(
                FormFields.of(FormKind.BIRTH_REGISTER_EXTRACT));
        assertThat(reading.fields()).extracting(FieldReading::value).containsExactly("125", "02/2015",
                "Lo Van Xuan", "12/03/2015", "Nam", "Quang Thi Lan", "Lo Van Pan", "Xa Thanh Xuong");
    }

    @Test
    void aCertificateWithOneOwnerLeavesTheSecondOutAndAFieldNotFoundIsEmptyWithNoConfidence() {
        FormReading reading = reader.readText("""
                GIẤY CHỨNG NHẬN
                QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT
                Số phát hành: AK 01234567
                Họ và tên: Lò Văn Xuân
                Số định danh cá nhân: 011092040404
                Thửa đất số: 108
                Tờ bản đồ số: 5
                Địa chỉ: Xã Na Ư, Huyện Điện Biên, Tỉnh Điện Biên
                """);
        assertThat(reading.kind()).isEqualTo(FormKind.LAND_USE_CERTIFICATE);
        assertThat(reading.field(FormFields.OWNER_2_NAME)).isEmpty();
        assertThat(reading.field(FormFields.AREA)).contains(new FieldReading(FormFields.AREA, "", 0));
        assertThat(reading.field(FormFields.OWNER_1_ID)).contains(new FieldReading(FormFields.OWNER_1_ID, "011092040404", 1));
    }

    @Test
    void aConfirmationOfResidenceSharingThreeLabelsIsTheWrongForm() {
        FormReading reading = reader.readText("""
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ
                Họ, chữ đệm và tên: Lò Văn Xuân
                Ngày, tháng, năm sinh: 12/03/1985
                Giới tính: Nam
                Số định danh cá nhân: 011085040404
                Nơi thường trú: Xã Na Ư, Huyện Điện Biên
                """);
        assertThat(reading).isEqualTo(FormReading.problem(PageProblem.WRONG_FORM));
    }

    @Test
    void aFewScatteredMarksAreUnreadable() {
        assertThat(reader.readText("~ . ,\n i ' ; Số\n")).isEqualTo(FormReading.problem(PageProblem.UNREADABLE));
        assertThat(reader.readText(" \n\n")).isEqualTo(FormReading.problem(PageProblem.BLANK));
    }

    @Test
    void tesseractsTsvIsReadAsLinesOfWordsWithTheirConfidence() {
        String tsv = """
                level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
                1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t
                5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t96.5\tSố:
                5\t1\t1\t1\t1\t2\t70\t10\t50\t20\t91.0\t125
                5\t1\t1\t1\t2\t1\t10\t40\t50\t20\t88.0\tGiới
                """;
        assertThat(OcrPage.parseTsv(tsv)).isEqualTo(new OcrPage(List.of(
                new OcrLine(List.of(new OcrWord("Số:", 96.5), new OcrWord("125", 91.0))),
                new OcrLine(List.of(new OcrWord("Giới", 88.0))))));
    }
}
