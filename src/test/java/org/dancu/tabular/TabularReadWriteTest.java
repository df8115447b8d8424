package org.dancu.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularReadWriteTest {

    @TempDir
    Path dir;

    private List<List<String>> readAll(Path file, TabularFormat format, String sheet, TabularLimits limits) {
        List<List<String>> rows = new ArrayList<>();
        try (TabularReader reader = Tabular.open(file, format, sheet, limits)) {
            rows.add(reader.header());
            for (TabularRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.cells());
            }
        }
        return rows;
    }

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String key(Throwable e) {
        return ((TabularException) e).messageKey();
    }

    @Test
    void delimitersAreSniffedAndQuotedFieldsKeepNewlinesAndDelimiters() throws IOException {
        for (String delimiter : List.of(",", ";", "\t")) {
            String text = String.join(delimiter, "pin", "Họ và tên", "Địa chỉ") + "\n"
                    + String.join(delimiter, "001085000001", "\"Lê, Văn; An\"", "\"Bản Na Sang\nxã Mường Nhé\"") + "\n"
                    + String.join(delimiter, "001085000002", "Lò Thị Dung", "Bản Pa Ham") + "\n";
            List<List<String>> rows = readAll(csv(text), TabularFormat.CSV, null, TabularLimits.DEFAULT);
            assertThat(rows.get(0)).containsExactly("pin", "Họ và tên", "Địa chỉ");
            assertThat(rows.get(1)).containsExactly("001085000001", "Lê, Văn; An", "Bản Na Sang\nxã Mường Nhé");
            assertThat(rows.get(2)).containsExactly("001085000002", "Lò Thị Dung", "Bản Pa Ham");
        }
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersKept() throws IOException {
        try (TabularReader reader = Tabular.open(csv("a,b\n\n1,\"x\ny\"\n,\n2,z\n"), TabularFormat.CSV, null,
                TabularLimits.DEFAULT)) {
            assertThat(reader.next()).isEqualTo(new TabularRow(3, List.of("1", "x\ny")));
            assertThat(reader.next()).isEqualTo(new TabularRow(6, List.of("2", "z")));
            assertThat(reader.next()).isNull();
            assertThat(reader.rowsRead()).isEqualTo(2);
        }
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderOverflowsAndATrailingDelimiterDoesNot() throws IOException {
        try (TabularReader reader = Tabular.open(csv("pin,Họ và tên,Địa chỉ\n"
                + "001085000001,Lò Thị Dung,Bản Bó, xã Thanh Nưa\n"
                + "001085000002,Lò Văn An,\"Bản Bó, xã Thanh Nưa\"\n"
                + "001085000003,Lò Văn Ân,Bản Pa Ham,\n"), TabularFormat.CSV, null, TabularLimits.DEFAULT)) {
            TabularRow split = reader.next();
            assertThat(split.cells()).containsExactly("001085000001", "Lò Thị Dung", "Bản Bó", " xã Thanh Nưa");
            assertThat(split.overflows()).isTrue();
            assertThat(reader.next().overflows()).isFalse();
            assertThat(reader.next().overflows()).isFalse();
        }
    }

    @Test
    void limitsAreEnforcedWithTheLimitNamed() throws IOException {
        Path file = csv("a,b,c\n1,2,3\n4,5,6\n7,8,9\n");
        assertThatThrownBy(() -> readAll(file, TabularFormat.CSV, null, new TabularLimits(10, 10, 10, 10)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.too-large"));
        assertThatThrownBy(() -> readAll(file, TabularFormat.CSV, null, new TabularLimits(1000, 2, 10, 10)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.too-many-rows"))
                .satisfies(e -> assertThat(((TabularException) e).arguments()).containsExactly(2L));
        assertThatThrownBy(() -> readAll(file, TabularFormat.CSV, null, new TabularLimits(1000, 10, 2, 10)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.too-many-columns"));
        Path longCell = csv("a\n" + "x".repeat(11) + "\n");
        assertThatThrownBy(() -> readAll(longCell, TabularFormat.CSV, null, new TabularLimits(1000, 10, 10, 10)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.cell-too-long"))
                .satisfies(e -> assertThat(((TabularException) e).arguments()).containsExactly(2L, 1, 10));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertThatThrownBy(() -> readAll(csv(""), TabularFormat.CSV, null, TabularLimits.DEFAULT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.empty"));
    }

    @Test
    void fileNamesAnnounceFormatsAndOldExcelIsRefused() {
        assertThat(TabularFormat.ofFileName("Danh sách.XLSX")).isEqualTo(TabularFormat.XLSX);
        assertThat(TabularFormat.ofFileName("dan_cu.csv")).isEqualTo(TabularFormat.CSV);
        assertThatThrownBy(() -> TabularFormat.ofFileName("dan_cu.xls"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.xls"));
        assertThatThrownBy(() -> TabularFormat.ofFileName("dan_cu.pdf"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.format"));
    }

    @Test
    void xlsxCellsReadAsTheOfficerTypedThem() throws IOException {
        Path file = workbook("in.xlsx", workbook -> {
            Worksheet first = workbook.newWorksheet("Trang 1");
            first.value(0, 0, "x");
            Worksheet sheet = workbook.newWorksheet("Dân cư");
            List<String> header = List.of("Số định danh", "Họ và tên", "Ngày sinh", "Số con", "CCCD số");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "001085000001");
            sheet.value(1, 1, "Nguyễn Văn Hùng");
            sheet.value(1, 2, LocalDate.of(1985, 3, 12));
            sheet.style(1, 2).format("dd/mm/yyyy").set();
            sheet.value(1, 3, 2);
            sheet.value(1, 4, 11085000002L);
            sheet.style(1, 4).format("000000000000").set();
            sheet.value(3, 1, "Lò Thị Dung");
            sheet.value(3, 3, 1.5);
        });
        List<List<String>> rows = readAll(file, TabularFormat.XLSX, "Dân cư", TabularLimits.DEFAULT);
        assertThat(rows.get(0)).containsExactly("Số định danh", "Họ và tên", "Ngày sinh", "Số con", "CCCD số");
        assertThat(rows.get(1)).containsExactly("001085000001", "Nguyễn Văn Hùng", "12/03/1985", "2", "011085000002");
        assertThat(rows.get(2)).containsExactly("", "Lò Thị Dung", "", "1.5");
        assertThat(readAll(file, TabularFormat.XLSX, null, TabularLimits.DEFAULT).get(0)).containsExactly("x");
        assertThatThrownBy(() -> readAll(file, TabularFormat.XLSX, "Không có", TabularLimits.DEFAULT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.sheet-missing"));
    }

    @Test
    void xlsxWithTcvn3LettersIsConverted() throws IOException {
        Path file = workbook("abc.xlsx", workbook -> {
            Worksheet sheet = workbook.newWorksheet("a");
            String[] lines = EncodingDetectionTest.TCVN3_TEXT.split("\r\n");
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split(",");
                for (int c = 0; c < cells.length; c++) {
                    sheet.value(r, c, cells[c]);
                }
            }
        });
        try (TabularReader reader = Tabular.open(file, TabularFormat.XLSX, null, TabularLimits.DEFAULT)) {
            assertThat(reader.decoding().encoding()).isEqualTo(TextEncoding.SPREADSHEET);
            assertThat(reader.decoding().convertedFrom()).isEqualTo(LegacyEncoding.TCVN3);
            assertThat(reader.header()).containsExactly("Họ và tên", "Địa chỉ");
            assertThat(reader.next().cells()).containsExactly("Nguyễn Văn Hùng", "Xã Thanh Xương huyện Điện Biên");
        }
    }

    @Test
    void oldExcelEncryptedAndCorruptWorkbooksAreRefused() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Path xls = dir.resolve("old.xlsx");
        Files.write(xls, concat(ole2, new byte[512]));
        assertThatThrownBy(() -> readAll(xls, TabularFormat.XLSX, null, TabularLimits.DEFAULT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.xls"));
        Path encrypted = dir.resolve("locked.xlsx");
        Files.write(encrypted, concat(ole2, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE)));
        assertThatThrownBy(() -> readAll(encrypted, TabularFormat.XLSX, null, TabularLimits.DEFAULT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.xlsx-encrypted"));
        Path corrupt = dir.resolve("broken.xlsx");
        Files.write(corrupt, concat(new byte[] {'P', 'K', 3, 4}, new byte[100]));
        assertThatThrownBy(() -> readAll(corrupt, TabularFormat.XLSX, null, TabularLimits.DEFAULT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.xlsx-corrupt"));
        Path text = dir.resolve("text.xlsx");
        Files.writeString(text, "a,b\n1,2\n");
        assertThatThrownBy(() -> readAll(text, TabularFormat.XLSX, null, TabularLimits.DEFAULT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.xlsx-corrupt"));
    }

    @Test
    void aHugeCellInATinyWorkbookIsRefusedBeforeItIsRead() throws IOException {
        Path bomb = workbookWithCell("a".repeat(1 << 20), 50);
        assertThat(Files.size(bomb)).as("the workbook on disk").isLessThan(1 << 20);

        assertThatThrownBy(() -> readAll(bomb, TabularFormat.XLSX, null, TabularLimits.DEFAULT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.xlsx-cell-too-long"));
    }

    @Test
    void aWorkbookThatUnpacksBeyondItsBoundIsRefusedBeforeItIsRead() throws IOException {
        Path bomb = workbookWithCell("Lò Thị Dung<br/>".repeat(1 << 16), 10);
        TabularLimits small = new TabularLimits(Files.size(bomb) + 1, 1_000_000, 200, 4_000);

        assertThatThrownBy(() -> readAll(bomb, TabularFormat.XLSX, null, small))
                .satisfies(e -> assertThat(key(e)).isEqualTo("tabular.error.xlsx-unpacks-too-large"));
        assertThat(readAll(workbookWithCell("Lò Thị Dung", 1), TabularFormat.XLSX, null, TabularLimits.DEFAULT).get(1))
                .containsExactly("Lò Thị Dung");
    }

    /** A workbook in the test's directory holding what {@code content} puts in it. */
    private Path workbook(String name, Consumer<Workbook> content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            content.accept(workbook);
            workbook.finish();
        }
        return file;
    }

    /** A workbook of one data cell whose text is {@code block} written {@code times} times, packed as Excel would. */
    private Path workbookWithCell(String block, int times) throws IOException {
        Path plain = workbook("plain.xlsx", workbook -> {
            Worksheet sheet = workbook.newWorksheet("a");
            sheet.value(0, 0, "Họ và tên");
            sheet.value(1, 0, "CELL-TEXT");
        });
        Path packed = dir.resolve("cell-" + block.length() + "x" + times + ".xlsx");
        byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
        try (ZipFile in = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(packed))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                String[] around = xml.split("CELL-TEXT", -1);
                out.write(around[0].getBytes(StandardCharsets.UTF_8));
                if (around.length > 1) {
                    for (int i = 0; i < times; i++) {
                        out.write(bytes);
                    }
                    out.write(around[1].getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return packed;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
            "＝1+1", "＋1", "－1", "＠x");

    @Test
    void formulaGuardNeutralisesEveryTrigger() {
        for (String cell : DANGEROUS) {
            assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
        }
        assertThat(FormulaGuard.neutralise("Nguyễn = An")).isEqualTo("Nguyễn = An");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
        assertThat(FormulaGuard.neutralise(null)).isEmpty();
    }

    @Test
    void writtenCsvAndXlsxReadBackNeutralisedWithNumbersKept() throws IOException {
        List<Column> columns = List.of(Column.text("text"), Column.number("number"));
        for (TabularFormat format : TabularFormat.values()) {
            Path file = dir.resolve("out" + format.extension());
            try (OutputStream out = Files.newOutputStream(file);
                 TabularWriter writer = Tabular.writer(out, format, columns, "Dân cư")) {
                for (String cell : DANGEROUS) {
                    writer.row(List.of(cell, cell));
                }
                writer.row(List.of("Điện Biên", "-5"));
                writer.row(java.util.Arrays.asList(null, "0012"));
            }
            List<List<String>> rows = readAll(file, format, null, TabularLimits.DEFAULT);
            assertThat(rows.get(0)).containsExactly("text", "number");
            for (int i = 0; i < DANGEROUS.size(); i++) {
                String guarded = "'" + DANGEROUS.get(i);
                assertThat(rows.get(i + 1)).as(format + " " + DANGEROUS.get(i)).containsExactly(guarded, guarded);
            }
            assertThat(rows.get(DANGEROUS.size() + 1)).containsExactly("Điện Biên", "-5");
            assertThat(rows.get(DANGEROUS.size() + 2).get(1)).isEqualTo(format == TabularFormat.CSV ? "0012" : "12");
        }
        byte[] csv = Files.readAllBytes(dir.resolve("out.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }
}
