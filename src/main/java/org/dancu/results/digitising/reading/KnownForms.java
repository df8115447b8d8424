package org.dancu.results.digitising.reading;

import static org.dancu.results.digitising.reading.FormFields.*;

import java.util.List;

/**
 * The two forms read today, with the labels printed on them. The land-use right certificate is the
 * front page of the 2024 form (TT 10/2024/TT-BTNMT: one A4 sheet, serial of 2 letters and 8 digits);
 * the birth register extract is the commune's trích lục khai sinh.
 */
final class KnownForms {

    static final FormLayout LAND_USE_CERTIFICATE = new FormLayout(FormKind.LAND_USE_CERTIFICATE,
            List.of("GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT"),
            List.of(new FieldSpec(SERIAL, "Số phát hành", ValueKind.SERIAL),
                    new FieldSpec(OWNER_1_NAME, "Họ và tên", ValueKind.NAME),
                    new FieldSpec(OWNER_1_ID, "Số định danh cá nhân", ValueKind.PIN),
                    new FieldSpec(OWNER_2_NAME, "Họ và tên", 2, ValueKind.NAME, true),
                    new FieldSpec(OWNER_2_ID, "Số định danh cá nhân", 2, ValueKind.PIN, true),
                    new FieldSpec(PARCEL_NUMBER, "Thửa đất số", ValueKind.NUMBER),
                    new FieldSpec(MAP_SHEET, "Tờ bản đồ số", ValueKind.NUMBER),
                    new FieldSpec(AREA, "Diện tích", ValueKind.AREA),
                    new FieldSpec(COMMUNE, "Địa chỉ", ValueKind.COMMUNE)));

    static final FormLayout BIRTH_REGISTER_EXTRACT = new FormLayout(FormKind.BIRTH_REGISTER_EXTRACT,
            List.of("TRÍCH LỤC KHAI SINH"),
            List.of(new FieldSpec(ENTRY_NUMBER, "Số", ValueKind.NUMBER),
                    new FieldSpec(REGISTER_BOOK, "Quyển số", ValueKind.REGISTER_BOOK),
                    new FieldSpec(NAME, "Họ, chữ đệm, tên", ValueKind.NAME),
                    new FieldSpec(BIRTH_DATE, "Ngày, tháng, năm sinh", ValueKind.DATE),
                    new FieldSpec(SEX, "Giới tính", ValueKind.SEX),
                    new FieldSpec(MOTHER_NAME, "Họ, chữ đệm, tên người mẹ", ValueKind.NAME),
                    new FieldSpec(FATHER_NAME, "Họ, chữ đệm, tên người cha", ValueKind.NAME),
                    new FieldSpec(COMMUNE, "Nơi đăng ký khai sinh", ValueKind.COMMUNE)));

    static final List<FormLayout> ALL = List.of(LAND_USE_CERTIFICATE, BIRTH_REGISTER_EXTRACT);

    private KnownForms() {
    }

    static FormLayout of(FormKind kind) {
        return ALL.stream().filter(form -> form.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layout for " + kind));
    }
}
