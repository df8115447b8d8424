package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.ImportFixtures;
import org.dancu.register.Officers;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularLimits;
import org.dancu.tabular.TabularReader;
import org.dancu.tabular.TabularRow;
import org.dancu.tabular.Windows1258;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The import and export pages as an officer uses them, files in the encodings offices send. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPageTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ImportJobs jobs;
    @Autowired ImportHousekeeping housekeeping;
    @Value("${dancu.register.import-directory}") Path importDirectory;
    @TempDir Path dir;
    @RegisterExtension final ImportFixtures fixtures = new ImportFixtures();

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        return Officers.logIn(mvc, context, role, scope, "Lò Văn Nhập");
    }

    private long upload(MockHttpSession session, String name, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/register/import").file(new MockMultipartFile("file", name,
                        "text/csv", bytes)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Polls the progress fragment as the page does until it asks for a reload. */
    private ImportJob awaitPass(MockHttpSession session, long id) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            MvcResult poll = mvc.perform(get("/register/import/{id}/progress", id).session(session))
                    .andExpect(status().isOk()).andReturn();
            if ("true".equals(poll.getResponse().getHeader("HX-Refresh"))) {
                return jobs.findById(id).orElseThrow();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + id + " did not finish");
    }

    private void mapAndCheck(MockHttpSession session, long id, int columns) throws Exception {
        ImportJob job = jobs.findById(id).orElseThrow();
        var request = post("/register/import/{id}/check", id).session(session).with(csrf()).param("dayFirst", "true");
        for (int i = 0; i < columns; i++) {
            ImportField field = job.mapping().fieldOf(i);
            request.param("column" + i, field == null ? "" : field.name());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String csv(List<String> pins) {
        return "Họ và tên;Số định danh;Ngày sinh;Giới tính;Mã xã;Địa chỉ\r\n"
                + "Nguyễn Thị Huyền;" + pins.get(0) + ";12/03/1985;Nữ;03334;Tổ dân phố 5 phường Mường Thanh\r\n"
                + "Lường Văn Quỳnh;" + pins.get(1) + ";1975;Nam;03334;Bản Huổi Phạ\r\n";
    }

    @Test
    void theDryRunReportsRowsTheRegisterCannotStoreByLineAndTheApplyAddsTheOthers() throws Exception {
        MockHttpSession session = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        String good = fixtures.pin(1975, 'M');
        String csv = "Họ và tên,Số định danh,Ngày sinh,Giới tính,Mã xã,Địa chỉ\n"
                + "Lường Văn Quỳnh," + good + ",1975,Nam,03334,Bản Huổi Phạ\n"
                + "Páo," + fixtures.pin(1975, 'M') + ",1975,Nam,03334,\n"
                + "Lò " + "Văn ".repeat(74) + "Hùng," + fixtures.pin(1975, 'M') + ",1975,Nam,03334,\n"
                + "Lò Văn Sơn," + fixtures.pin(1975, 'M') + ",1975,Nam,03334,Bản Bó, xã Thanh Nưa\n";
        long id = upload(session, "dan-cu.csv", csv.getBytes(StandardCharsets.UTF_8));
        mapAndCheck(session, id, 6);
        assertThat(awaitPass(session, id).rowsWithProblems()).isEqualTo(3);

        mvc.perform(get("/register/import/{id}/problems", id).session(session).param("format", "csv")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("3,Full name,Invalid name,one word only: the family name is missing"),
                        containsString("4,Full name,Invalid name,longer than 100 characters"),
                        containsString("5,Whole row,More cells than the header has columns"))));
        mvc.perform(get("/register/import/{id}/problems", id).session(session).param("format", "csv")
                        .param("lang", "vi"))
                .andExpect(content().string(allOf(containsString("3,Họ và tên,Họ tên không hợp lệ,chỉ có một từ: thiếu họ"),
                        containsString("5,Cả dòng,Nhiều ô hơn số cột"))));

        mvc.perform(post("/register/import/{id}/apply", id).session(session).with(csrf())
                        .param("skipProblemRows", "true"))
                .andExpect(status().is3xxRedirection());
        ImportJob applied = awaitPass(session, id);
        assertThat(applied.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(applied.rowsAdded()).isEqualTo(1);
        assertThat(fixtures.persons(List.of(good))).isEqualTo(1);
    }

    @Test
    void windows1258AndUtf16FilesImportWithTheirVietnameseIntact() throws Exception {
        MockHttpSession session = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        List<String> legacyPins = List.of(fixtures.pin(1985, 'F'), fixtures.pin(1975, 'M'));
        List<String> utf16Pins = List.of(fixtures.pin(1985, 'F'), fixtures.pin(1975, 'M'));
        byte[] legacy = Windows1258.encode(csv(legacyPins));
        byte[] utf16 = csv(utf16Pins).getBytes(StandardCharsets.UTF_16LE);
        Map<byte[], String> expected = Map.of(legacy, "Windows-1258", utf16, "UTF-16");
        for (byte[] file : List.of(legacy, utf16)) {
            long id = upload(session, "dan-cu.csv", file);
            mvc.perform(get("/register/import/{id}", id).session(session).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(expected.get(file)),
                            containsString("Họ và tên"), containsString("selected"))));
            mapAndCheck(session, id, 6);
            ImportJob checked = awaitPass(session, id);
            assertThat(checked.rowsWithProblems()).isZero();
            mvc.perform(get("/register/import/{id}", id).session(session).param("lang", "en"))
                    .andExpect(content().string(containsString("New persons ready to add")));
            mvc.perform(post("/register/import/{id}/apply", id).session(session).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(awaitPass(session, id).rowsAdded()).isEqualTo(2);
        }
        for (List<String> pins : List.of(legacyPins, utf16Pins)) {
            assertThat(jdbc.sql("SELECT full_name FROM register.person WHERE pin IN (:pins) ORDER BY full_name")
                    .param("pins", pins).query(String.class).list())
                    .containsExactly("Lường Văn Quỳnh", "Nguyễn Thị Huyền");
        }
    }

    @Test
    void theFilesFirstRowsAreShownAsReadBeforeTheColumnsAreMapped() throws Exception {
        MockHttpSession session = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        byte[] legacy = Windows1258.encode(csv(List.of(fixtures.pin(1985, 'F'), fixtures.pin(1975, 'M'))));
        long id = upload(session, "dan-cu.csv", legacy);

        mvc.perform(get("/register/import/{id}", id).session(session).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"file-preview\""),
                        containsString("First rows of the file"), containsString("<td>Nguyễn Thị Huyền</td>"),
                        containsString("<td>Bản Huổi Phạ</td>"))));
    }

    @Test
    void problemsAreShownCountedAndDownloadableAndTheApplyIsRefused() throws Exception {
        MockHttpSession session = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        String csv = "pin,full_name,birth_date,sex,commune_code\n" + "0110850,=cmd|' /C calc'!A0,12/03/1985,M,03334\n";
        long id = upload(session, "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        mapAndCheck(session, id, 5);
        awaitPass(session, id);
        mvc.perform(get("/register/import/{id}", id).session(session).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Invalid personal ID"),
                        containsString("Download the problems (CSV)"))));
        byte[] report = mvc.perform(get("/register/import/{id}/problems", id).session(session)
                        .param("format", "csv").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(report, StandardCharsets.UTF_8)).contains("Invalid personal ID", "not 12 digits");
        mvc.perform(post("/register/import/{id}/apply", id).session(session).with(csrf()).param("lang", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(jobs.findById(id).orElseThrow().status()).isEqualTo(ImportJob.Status.CHECKED);
    }

    @Test
    void anUploadedFileAndItsDirectoryAreReadableByTheOfficersApplicationOnly() throws Exception {
        MockHttpSession session = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        long id = upload(session, "dan-cu.csv", csv(List.of(fixtures.pin(1985, 'F'), fixtures.pin(1975, 'M')))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(importDirectory.resolve(id + ".csv"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(importDirectory)))
                .isEqualTo("rwx------");
    }

    @Test
    void anUploadLeftUnappliedPastTheRetentionIsDeletedAndCanNoLongerBeApplied() throws Exception {
        MockHttpSession session = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        List<String> abandonedPins = List.of(fixtures.pin(1985, 'F'), fixtures.pin(1975, 'M'));
        long abandoned = checkedUpload(session, abandonedPins);
        long young = checkedUpload(session, List.of(fixtures.pin(1985, 'F'), fixtures.pin(1975, 'M')));
        long applied = checkedUpload(session, List.of(fixtures.pin(1985, 'F'), fixtures.pin(1975, 'M')));
        mvc.perform(post("/register/import/{id}/apply", applied).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(awaitPass(session, applied).status()).isEqualTo(ImportJob.Status.APPLIED);
        age(abandoned);
        age(applied);

        housekeeping.run();

        assertThat(importDirectory.resolve(abandoned + ".csv")).doesNotExist();
        assertThat(jobs.findById(abandoned).orElseThrow().status()).isEqualTo(ImportJob.Status.EXPIRED);
        assertThat(importDirectory.resolve(young + ".csv")).exists();
        assertThat(jobs.findById(young).orElseThrow().status()).isEqualTo(ImportJob.Status.CHECKED);
        assertThat(jobs.findById(applied).orElseThrow().status()).isEqualTo(ImportJob.Status.APPLIED);

        String expired = "The uploaded file was deleted because it was not applied within 24 hours";
        mvc.perform(post("/register/import/{id}/apply", abandoned).session(session).with(csrf()).param("lang", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString(expired)));
        mvc.perform(get("/register/import/{id}", abandoned).session(session).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(expired), containsString("expired: upload the file again"))));
        mvc.perform(get("/register/import/{id}", abandoned).session(session).param("lang", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp tải lên đã bị xóa vì không được áp dụng trong vòng 24 giờ")));
        assertThat(jobs.findById(abandoned).orElseThrow().status()).isEqualTo(ImportJob.Status.EXPIRED);
        assertThat(fixtures.persons(abandonedPins)).isZero();
    }

    private long checkedUpload(MockHttpSession session, List<String> pins) throws Exception {
        long id = upload(session, "dan-cu.csv", csv(pins).getBytes(StandardCharsets.UTF_8));
        mapAndCheck(session, id, 6);
        assertThat(awaitPass(session, id).status()).isEqualTo(ImportJob.Status.CHECKED);
        return id;
    }

    /** Makes a job and its file look a day and an hour old, past the default retention of 24 hours. */
    private void age(long id) throws Exception {
        jdbc.sql("UPDATE register.import_job SET created_at = now() - interval '25 hours',"
                + " checked_at = now() - interval '25 hours' WHERE job_id = :id").param("id", id).update();
        Path file = importDirectory.resolve(id + ".csv");
        if (Files.exists(file)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        }
    }

    @Test
    void onlyOfficersWhoKeepPopulationDataImportAndOnlyTheirOwnJobsAreShown() throws Exception {
        MockHttpSession agency = signIn(Role.AGENCY_OFFICER, new Scope(ImportFixtures.MUONG_THANH, "SO_NNMT"));
        mvc.perform(get("/register/import").session(agency)).andExpect(status().isForbidden());
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        long id = upload(officer, "mine.csv", "pin,full_name\n1,A\n".getBytes(StandardCharsets.UTF_8));
        MockHttpSession other = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        mvc.perform(get("/register/import/{id}", id).session(other)).andExpect(status().isNotFound());
    }

    @Test
    void aFileInVniIsRefusedByNameAtUpload() throws Exception {
        MockHttpSession session = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        byte[] vni = "Hoï vaø teân,Ñòa chæ\r\nNguyeãn Vaên Huøng,Xaõ Thanh Xöông huyeän Ñieän Bieân\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/register/import").file(new MockMultipartFile("file", "vni.csv", "text/csv", vni))
                        .session(session).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("VNI Windows")));
    }

    @Test
    void exportHoldsOnlyTheCommuneOfficersCommuneWithFormulasNeutralisedAndIsAudited() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        String pin = fixtures.pin(1985, 'M');
        long id = upload(officer, "formula.csv", ("pin,full_name,birth_date,sex,commune_code,address\n" + pin
                + ",Quàng Văn Sơn,12/03/1985,M,03334,=HYPERLINK(\"http://x\")\n").getBytes(StandardCharsets.UTF_8));
        mapAndCheck(officer, id, 6);
        awaitPass(officer, id);
        mvc.perform(post("/register/import/{id}/apply", id).session(officer).with(csrf()));
        assertThat(awaitPass(officer, id).rowsAdded()).isEqualTo(1);

        Set<String> inScope = new HashSet<>(jdbc.sql("SELECT commune_code FROM locality.scope_commune"
                + " WHERE scope_code = :scope").param("scope", ImportFixtures.MUONG_THANH).query(String.class).list());
        long expected = jdbc.sql("SELECT count(*) FROM register.person WHERE commune_code IN (:codes)")
                .param("codes", inScope).query(Long.class).single();
        for (TabularFormat format : TabularFormat.values()) {
            byte[] bytes = mvc.perform(get("/register/export").session(officer)
                            .param("format", format.name().toLowerCase()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<List<String>> rows = read(bytes, format);
            assertThat(rows.get(0)).containsExactly("pin", "full_name", "birth_date", "sex", "ethnicity",
                    "commune_code", "address");
            assertThat(rows).hasSize((int) expected + 1);
            assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(inScope).contains(row.get(5)));
            assertThat(rows).anySatisfy(row -> assertThat(row).containsSequence(pin, "Quàng Văn Sơn")
                    .contains("'=HYPERLINK(\"http://x\")"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'register.person.export'"
                + " AND detail LIKE :detail").param("detail", "%rows=" + expected).query(Long.class).single())
                .isGreaterThanOrEqualTo(2);

        // an agency officer exports only the persons linked to the agency's records, PINs masked
        MockHttpSession agency = signIn(Role.AGENCY_OFFICER, new Scope(ImportFixtures.MUONG_THANH, "SO_NNMT"));
        long dataset = CleansingFixtures.linkToAgency(jdbc, "SO_NNMT", jdbc.sql(
                "SELECT person_id FROM register.person WHERE pin = :pin").param("pin", pin).query(Long.class).single());
        try {
            byte[] masked = mvc.perform(get("/register/export").session(agency).param("format", "csv"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(masked, StandardCharsets.UTF_8)).doesNotContain(pin)
                    .contains(pin.substring(0, 3) + "******" + pin.substring(9));
        } finally {
            CleansingFixtures.removeDataset(jdbc, dataset);
        }
    }

    /** The export is a file for machines that says so: the XLSX explains its columns and codes on a second sheet. */
    @Test
    void theXlsxExportExplainsItsCodesOnALegendSheet() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        byte[] bytes = mvc.perform(get("/register/export").session(officer).param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> legend = read(bytes, TabularFormat.XLSX, "Chú giải - Legend");

        assertThat(legend.get(0)).contains("Tệp dành cho máy: các cột và mã như khi nhập, để nhập lại được.");
        assertThat(legend).anySatisfy(line -> assertThat(line).containsExactly("sex",
                "Giới tính: M = nam, F = nữ, U = chưa rõ.", "Sex: M = male, F = female, U = unknown."));
        assertThat(legend).anySatisfy(line -> assertThat(line).containsExactly("ethnicity 01", "Kinh", "Kinh"));
    }

    private List<List<String>> read(byte[] bytes, TabularFormat format) throws Exception {
        return read(bytes, format, null);
    }

    private List<List<String>> read(byte[] bytes, TabularFormat format, String sheet) throws Exception {
        Path file = dir.resolve("export" + format.extension());
        Files.write(file, bytes);
        List<List<String>> rows = new ArrayList<>();
        try (TabularReader reader = Tabular.open(file, format, sheet, TabularLimits.DEFAULT)) {
            rows.add(reader.header());
            for (TabularRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.cells());
            }
        }
        return rows;
    }
}
