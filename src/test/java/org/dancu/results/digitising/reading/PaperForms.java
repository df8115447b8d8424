package org.dancu.results.digitising.reading;

import static org.dancu.results.digitising.reading.FormFields.*;
import static org.dancu.results.digitising.reading.PaperForm.Line.centred;
import static org.dancu.results.digitising.reading.PaperForm.Line.text;
import static org.dancu.results.digitising.reading.PaperForm.Line.title;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills the paper forms with synthetic people, as an office would have printed them: the front
 * page of a land-use right certificate, a birth register extract, and, as the page of another
 * document, a confirmation of residence (which shares some labels with the birth extract).
 */
final class PaperForms {

    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Letters of the Vietnamese alphabet a serial may start with. */
    private static final String SERIAL_LETTERS = "ABCDEGHKLMNPQRSTUVXY";

    private PaperForms() {
    }

    static PaperForm landCertificate(SyntheticPeople.Person owner, boolean withSpouse, SplittableRandom random) {
        String serial = "" + letter(random) + letter(random) + String.format("%08d", random.nextInt(100_000_000));
        String parcel = Integer.toString(1 + random.nextInt(999));
        String sheet = Integer.toString(1 + random.nextInt(80));
        int tenths = 500 + random.nextInt(20_000);
        String area = tenths % 10 == 0 ? Integer.toString(tenths / 10) : tenths / 10 + "," + tenths % 10;
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(SERIAL, serial);
        truth.put(OWNER_1_NAME, owner.fullName());
        truth.put(OWNER_1_ID, owner.pin());
        List<PaperForm.Line> lines = new ArrayList<>(List.of(centred(NATION), centred(MOTTO), title("GIẤY CHỨNG NHẬN"),
                title("QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT"),
                centred("Số phát hành: " + serial.substring(0, 2) + " " + serial.substring(2)),
                text("I. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất"),
                text("Họ và tên: " + owner.fullName()), text("Số định danh cá nhân: " + owner.pin())));
        if (withSpouse) {
            truth.put(OWNER_2_NAME, owner.spouseName());
            truth.put(OWNER_2_ID, owner.spousePin());
            lines.add(text("Họ và tên: " + owner.spouseName()));
            lines.add(text("Số định danh cá nhân: " + owner.spousePin()));
        }
        truth.put(PARCEL_NUMBER, parcel);
        truth.put(MAP_SHEET, sheet);
        truth.put(AREA, area);
        truth.put(COMMUNE, owner.commune().fullName());
        lines.addAll(List.of(text("II. Thửa đất, tài sản gắn liền với đất"), text("Thửa đất số: " + parcel),
                text("Tờ bản đồ số: " + sheet), text("Diện tích: " + area + " m²"),
                text("Địa chỉ: " + owner.commune().fullName() + ", " + owner.district().fullName() + ", Tỉnh Điện Biên"),
                text("Hình thức sử dụng: Sử dụng riêng"), text("Mục đích sử dụng: Đất ở tại nông thôn"),
                text("Thời hạn sử dụng: Lâu dài"), text(""),
                centred("Điện Biên, ngày " + (1 + random.nextInt(28)) + " tháng " + (1 + random.nextInt(12))
                        + " năm 2025"), centred("TM. ỦY BAN NHÂN DÂN")));
        return new PaperForm(FormKind.LAND_USE_CERTIFICATE, lines, truth);
    }

    static PaperForm birthExtract(SyntheticPeople.Person child, SplittableRandom random) {
        String entry = Integer.toString(1 + random.nextInt(300));
        String book = String.format("%02d/%d", 1 + random.nextInt(5), child.birth().year());
        String commune = child.commune().fullName();
        String authority = "Ủy ban nhân dân " + commune.substring(0, 1).toLowerCase(Locale.ROOT) + commune.substring(1)
                + ", " + child.district().fullName().toLowerCase(Locale.ROOT).charAt(0)
                + child.district().fullName().substring(1) + ", tỉnh Điện Biên";
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(ENTRY_NUMBER, entry);
        truth.put(REGISTER_BOOK, book);
        truth.put(NAME, child.fullName());
        truth.put(BIRTH_DATE, child.birth().toDayFirst());
        truth.put(SEX, child.male() ? "Nam" : "Nữ");
        truth.put(MOTHER_NAME, child.motherName());
        truth.put(FATHER_NAME, child.fatherName());
        truth.put(COMMUNE, commune);
        List<PaperForm.Line> lines = List.of(centred(NATION), centred(MOTTO), title("TRÍCH LỤC KHAI SINH"),
                centred("(Bản sao)"), text("Số: " + entry), text("Quyển số: " + book),
                text("Họ, chữ đệm, tên: " + child.fullName().toUpperCase(Locale.ROOT)),
                text("Ngày, tháng, năm sinh: " + child.birth().toDayFirst()),
                text("Giới tính: " + truth.get(SEX)), text("Dân tộc: Kinh    Quốc tịch: Việt Nam"),
                text("Nơi sinh: Trạm y tế " + commune.substring(commune.indexOf(' ') + 1)),
                text("Họ, chữ đệm, tên người mẹ: " + child.motherName()),
                text("Họ, chữ đệm, tên người cha: " + child.fatherName()),
                text("Nơi đăng ký khai sinh: " + authority),
                text("Ngày đăng ký: " + child.birth().toDayFirst()), text(""),
                centred("NGƯỜI KÝ TRÍCH LỤC"));
        return new PaperForm(FormKind.BIRTH_REGISTER_EXTRACT, lines, truth);
    }

    /** A page of another document: no truth, it must be refused as the wrong form. */
    static PaperForm residenceConfirmation(SyntheticPeople.Person person) {
        List<PaperForm.Line> lines = List.of(centred("CÔNG AN " + person.commune().fullName().toUpperCase(Locale.ROOT)),
                centred(NATION), centred(MOTTO), title("XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ"),
                text("Họ, chữ đệm và tên: " + person.fullName()),
                text("Ngày, tháng, năm sinh: " + person.birth().toDayFirst()),
                text("Giới tính: " + (person.male() ? "Nam" : "Nữ")),
                text("Số định danh cá nhân: " + person.pin()),
                text("Nơi thường trú: " + person.commune().fullName() + ", " + person.district().fullName()),
                text("Nơi tạm trú: Không"), text("Nơi ở hiện tại: " + person.commune().fullName()),
                text("Thông tin thành viên hộ gia đình: Chủ hộ"),
                text("Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp."));
        return new PaperForm(FormKind.UNKNOWN, lines, Map.of());
    }

    private static char letter(SplittableRandom random) {
        return SERIAL_LETTERS.charAt(random.nextInt(SERIAL_LETTERS.length()));
    }
}
