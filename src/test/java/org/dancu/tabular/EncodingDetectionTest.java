package org.dancu.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectionTest {

    static final String HEADER = "Họ và tên,Ngày sinh,Địa chỉ";
    static final List<String> PEOPLE = List.of(
            "Nguyễn Văn Hùng,12/03/1985,Xã Thanh Xương huyện Điện Biên",
            "Trần Thị Bình,01/01/1990,Phường Mường Thanh thành phố Điện Biên Phủ",
            "Lò Văn Quỳnh,1975,Bản Huổi Phạ xã Thanh Minh",
            "Giàng A Sùng,05/2001,Xã Mường Nhé huyện Mường Nhé",
            "Phạm Thị Nguyệt,30/04/1968,Tổ dân phố 5 phường Nam Thanh");

    @TempDir
    Path dir;

    static String text() {
        return HEADER + "\r\n" + String.join("\r\n", PEOPLE) + "\r\n";
    }

    private List<List<String>> read(byte[] bytes, Decoding[] seen) throws IOException {
        Path file = dir.resolve("people.csv");
        Files.write(file, bytes);
        List<List<String>> rows = new ArrayList<>();
        try (TabularReader reader = Tabular.open(file, TabularFormat.CSV, null, TabularLimits.DEFAULT)) {
            seen[0] = reader.decoding();
            rows.add(reader.header());
            for (TabularRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.cells());
            }
        }
        return rows;
    }

    private void assertReadsBack(byte[] bytes, TextEncoding encoding, boolean bom) throws IOException {
        Decoding[] seen = new Decoding[1];
        List<List<String>> rows = read(bytes, seen);
        assertThat(seen[0].encoding()).isEqualTo(encoding);
        assertThat(seen[0].byteOrderMark()).isEqualTo(bom);
        assertThat(rows.get(0)).containsExactly("Họ và tên", "Ngày sinh", "Địa chỉ");
        assertThat(rows.get(1)).containsExactly("Nguyễn Văn Hùng", "12/03/1985", "Xã Thanh Xương huyện Điện Biên");
        assertThat(rows).hasSize(PEOPLE.size() + 1);
        assertThat(rows.get(3).get(0)).isEqualTo("Lò Văn Quỳnh");
    }

    private static byte[] concat(byte[] prefix, byte[] rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(rest);
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() throws IOException {
        assertReadsBack(text().getBytes(StandardCharsets.UTF_8), TextEncoding.UTF_8, false);
        assertReadsBack(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text().getBytes(StandardCharsets.UTF_8)),
                TextEncoding.UTF_8, true);
    }

    @Test
    void utf16BothByteOrdersWithAndWithoutMark() throws IOException {
        assertReadsBack(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text().getBytes(StandardCharsets.UTF_16LE)),
                TextEncoding.UTF_16LE, true);
        assertReadsBack(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text().getBytes(StandardCharsets.UTF_16BE)),
                TextEncoding.UTF_16BE, true);
        assertReadsBack(text().getBytes(StandardCharsets.UTF_16LE), TextEncoding.UTF_16LE, false);
        assertReadsBack(text().getBytes(StandardCharsets.UTF_16BE), TextEncoding.UTF_16BE, false);
    }

    @Test
    void windows1258DecomposedTonesAreRecomposed() throws IOException {
        // Windows-1258 has no precomposed "ễ": the encoder writes ê followed by a combining tilde
        byte[] bytes = Windows1258.encode(text());
        assertThat(new String(bytes, Windows1258.CHARSET)).isNotEqualTo(text());
        Decoding[] seen = new Decoding[1];
        assertReadsBack(bytes, TextEncoding.WINDOWS_1258, false);
        read(bytes, seen);
        assertThat(seen[0].repairedToNfc()).isTrue();
        assertThat(seen[0].convertedFromLegacy()).isFalse();
    }

    @Test
    void decomposedUtf8IsRecomposed() throws IOException {
        byte[] bytes = Normalizer.normalize(text(), Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        Decoding[] seen = new Decoding[1];
        List<List<String>> rows = read(bytes, seen);
        assertThat(seen[0].repairedToNfc()).isTrue();
        assertThat(rows.get(1).get(0)).isEqualTo("Nguyễn Văn Hùng");
    }

    /** TCVN3 bytes written from the published code table, independently of the converter's table. */
    static final String TCVN3_TEXT = "Hä vµ tªn,§Þa chØ\r\n"
            + "NguyÔn V¨n Hïng,X· Thanh X\u00ad¬ng huyÖn §iÖn Biªn\r\n"
            + "TrÇn ThÞ B×nh,Ph\u00adêng M\u00adêng Thanh\r\n"
            + "Lß V¨n Quúnh,B¶n Huæi Ph¹\r\n"
            + "Ph¹m ThÞ NguyÖt,Tæ d©n phè 5 ph\u00adêng Nam Thanh\r\n";

    @Test
    void tcvn3BytesAreConverted() throws IOException {
        Decoding[] seen = new Decoding[1];
        List<List<String>> rows = read(TCVN3_TEXT.getBytes(StandardCharsets.ISO_8859_1), seen);
        assertThat(seen[0].encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(seen[0].convertedFrom()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(rows.get(0)).containsExactly("Họ và tên", "Địa chỉ");
        assertThat(rows.get(1)).containsExactly("Nguyễn Văn Hùng", "Xã Thanh Xương huyện Điện Biên");
        assertThat(rows.get(2)).containsExactly("Trần Thị Bình", "Phường Mường Thanh");
        assertThat(rows.get(3)).containsExactly("Lò Văn Quỳnh", "Bản Huổi Phạ");
        assertThat(rows.get(4)).containsExactly("Phạm Thị Nguyệt", "Tổ dân phố 5 phường Nam Thanh");
    }

    @Test
    void tcvn3LettersSavedAgainAsUtf8AreConverted() throws IOException {
        Decoding[] seen = new Decoding[1];
        List<List<String>> rows = read(TCVN3_TEXT.getBytes(StandardCharsets.UTF_8), seen);
        assertThat(seen[0].encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(seen[0].convertedFrom()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(rows.get(1).get(0)).isEqualTo("Nguyễn Văn Hùng");
    }

    static final String VNI_TEXT = "Hoï vaø teân,Ñòa chæ\r\n"
            + "Nguyeãn Vaên Huøng,Xaõ Thanh Xöông huyeän Ñieän Bieân\r\n"
            + "Traàn Thò Bình,Phöôøng Möôøng Thanh\r\n"
            + "Phaïm Thò Nguyeät,Toå daân phoá 5\r\n";

    @Test
    void vniIsRefusedByName() throws IOException {
        for (Charset charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> read(VNI_TEXT.getBytes(charset), new Decoding[1]))
                    .isInstanceOf(TabularException.class)
                    .extracting(e -> ((TabularException) e).messageKey()).isEqualTo("tabular.error.legacy-vni");
        }
    }

    @Test
    void mixedEncodingsAreRefused() {
        byte[] bytes = concat(text().getBytes(StandardCharsets.UTF_8),
                "Lê Văn Tám,1980,Điện Biên\r\n".getBytes(Windows1258.CHARSET));
        assertRefused(bytes, "tabular.error.mixed-encoding");
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(png, "tabular.error.binary");
    }

    @Test
    void textThatIsNotVietnameseInAnyTableIsRefusedAsUnknown() {
        byte[] german = "Name,Straße\r\nMüller,Größenweg\r\nJürgen Öß,Hauptstraße\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(german, "tabular.error.encoding-unknown");
    }

    @Test
    void plainAsciiIsUtf8WithHighConfidence() throws IOException {
        Decoding[] seen = new Decoding[1];
        read("pin,name\r\n001085000001,Nguyen Van An\r\n".getBytes(StandardCharsets.US_ASCII), seen);
        assertThat(seen[0]).isEqualTo(new Decoding(TextEncoding.UTF_8, false, null, false, Confidence.HIGH));
    }

    private void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> read(bytes, new Decoding[1]))
                .isInstanceOf(TabularException.class)
                .extracting(e -> ((TabularException) e).messageKey()).isEqualTo(key);
    }
}
