package org.dancu.cleansing.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class CleansingPageTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DatasetHousekeeping housekeeping;

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Quàng Văn Soát");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotStartWith("/login");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    @Test
    void aCommuneOfficerReviewsARecordOfTheirCommuneButNotOneOutsideIt() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "F");
        TestPerson elsewhere = CleansingFixtures.person(context, "M");
        long dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(person, "", CleansingFixtures.MUONG_THANH, "8400000001")
                + CleansingFixtures.taxRow(elsewhere, elsewhere.pin(), "03337", "8400000002"));
        long inside = CleansingFixtures.openForReview(jdbc, dataset, 2, person.id());
        long outside = CleansingFixtures.openForReview(jdbc, dataset, 3, elsewhere.id());
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null));

        mvc.perform(get("/cleansing/review").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/cleansing/records/" + inside)))
                .andExpect(content().string(not(containsString("/cleansing/records/" + outside + "\""))));
        mvc.perform(get("/cleansing/records/{id}", inside).session(officer)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(content().string(containsString("<rect")))
                .andExpect(content().string(containsString(person.fullName())))
                .andExpect(content().string(containsString(person.pin())))
                .andExpect(content().string(containsString("<td>Nữ</td>")))
                .andExpect(content().string(not(containsString("style="))));
        mvc.perform(get("/cleansing/records/{id}", outside).session(officer)).andExpect(status().isNotFound());
        mvc.perform(post("/cleansing/records/{id}/decision", outside).param("action", "ACCEPT").with(csrf())
                .session(officer)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT review_status FROM cleansing.record WHERE record_id = :id").param("id", outside)
                .query(String.class).single()).isEqualTo("OPEN");

        mvc.perform(post("/cleansing/records/{id}/decision", inside).param("action", "ACCEPT").with(csrf())
                .session(officer)).andExpect(redirectedUrl("/cleansing/records/" + inside));
        assertThat(jdbc.sql("SELECT person_id FROM cleansing.record WHERE record_id = :id").param("id", inside)
                .query(Long.class).single()).isEqualTo(person.id());
        mvc.perform(get("/cleansing/records/{id}", inside).session(officer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"ACCEPT\""))))
                .andExpect(content().string(not(containsString("value=\"REJECT\""))));
        mvc.perform(post("/cleansing/records/{id}/decision", inside).param("action", "REJECT").with(csrf())
                .session(officer)).andExpect(redirectedUrl("/cleansing/records/" + inside))
                .andExpect(flash().attribute("error", "cleansing.error.already-decided"));
        assertThat(jdbc.sql("SELECT person_id FROM cleansing.record WHERE record_id = :id").param("id", inside)
                .query(Long.class).single()).isEqualTo(person.id());

        mvc.perform(get("/cleansing/datasets/{id}", dataset).session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số liệu tính lúc")))
                .andExpect(content().string(containsString("/cleansing/records/" + inside)))
                .andExpect(content().string(not(containsString("/cleansing/records/" + outside + "\""))));
        mvc.perform(get("/cleansing/figures").param("lang", "en").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Mường Thanh")))
                .andExpect(content().string(containsString("Computed at ")));
        mvc.perform(get("/cleansing/datasets/{id}/export", dataset).param("format", "xlsx").session(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    /**
     * Every cleansing page, opened by every role that reaches it: the agency officer of the dataset's
     * agency (with and without a locality), the province and commune officers, the administrator and
     * the auditor. Each sees the dataset and the record waiting for review.
     */
    @Test
    void everyCleansingPageOpensForEveryRoleThatReachesIt() throws Exception {
        CleansingFixtures.InReview inReview = CleansingFixtures.inReview(context, "M", "8800000001");
        TestPerson person = inReview.person();
        long dataset = inReview.datasetId();
        long record = inReview.recordId();
        String recordLink = "/cleansing/records/" + record + "\"";
        List<Map.Entry<Role, Scope>> reaching = List.of(
                Map.entry(Role.AGENCY_OFFICER, new Scope(null, "SO_TC")),
                Map.entry(Role.AGENCY_OFFICER, new Scope("11", "SO_TC")),
                Map.entry(Role.PROVINCE_OFFICER, new Scope("11", null)),
                Map.entry(Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null)),
                Map.entry(Role.ADMINISTRATOR, new Scope("11", null)),
                Map.entry(Role.AUDITOR, new Scope("11", null)));

        for (Map.Entry<Role, Scope> officer : reaching) {
            MockHttpSession session = signIn(officer.getKey(), officer.getValue());
            mvc.perform(get("/cleansing").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("/cleansing/datasets/" + dataset + "\"")));
            mvc.perform(get("/cleansing/review").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(recordLink)));
            mvc.perform(get("/cleansing/datasets/{id}", dataset).session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(recordLink)));
            mvc.perform(get("/cleansing/datasets/{id}", dataset).param("criterion", "COMPLETE")
                            .param("status", "FAIL").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(recordLink)));
            mvc.perform(get("/cleansing/datasets/{id}/progress", dataset).session(session))
                    .andExpect(status().isOk());
            mvc.perform(get("/cleansing/figures").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Phường Mường Thanh")));
            mvc.perform(get("/cleansing/records/{id}", record).session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(person.fullName())));
            mvc.perform(get("/cleansing/datasets/{id}/export", dataset).param("kind", "FIELDWORK").session(session))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anAgencyOfficerSeesOnlyTheirAgencysDatasetsAndACommuneOfficerCannotUpload() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "M");
        long dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(person, person.pin(), CleansingFixtures.MUONG_THANH, "8500000001"));
        MockHttpSession otherAgency = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_NNMT"));

        mvc.perform(get("/cleansing/datasets/{id}", dataset).session(otherAgency)).andExpect(status().isNotFound());

        MockHttpSession commune = signIn(Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null));
        long before = jdbc.sql("SELECT count(*) FROM cleansing.dataset").query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/cleansing/datasets")
                        .file("file", "full_name\nA\n".getBytes()).param("sector", "TAX").param("agency", "X")
                        .param("title", "t").param("period", "2024").with(csrf()).session(commune))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM cleansing.dataset").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAgencyOfficerReviewsWithTheCandidatesIdMasked() throws Exception {
        CleansingFixtures.InReview inReview = CleansingFixtures.inReview(context, "F", "8600000001");
        TestPerson person = inReview.person();
        long record = inReview.recordId();
        MockHttpSession taxOfficer = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"));

        mvc.perform(get("/cleansing/records/{id}", record).session(taxOfficer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(person.fullName())))
                .andExpect(content().string(containsString(Pin.mask(person.pin()))))
                .andExpect(content().string(not(containsString(person.pin()))));
    }

    @Test
    void anUploadedDatasetOpensAtItsColumnMappingUnderItsOwnHeading() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "F");
        byte[] csv = (CleansingFixtures.TAX_HEADER + CleansingFixtures.taxRow(person, person.pin(),
                CleansingFixtures.MUONG_THANH, "8700000001")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MockHttpSession province = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        MvcResult upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/cleansing/datasets")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "thue.csv", "text/csv", csv))
                        .param("sector", "TAX").param("agency", "SO_TC").param("title", "Thuế thu nhập Mường Chà")
                        .param("period", "2024").param("lang", "en").with(csrf()).session(province))
                .andExpect(status().is3xxRedirection()).andReturn();

        mvc.perform(get(upload.getResponse().getRedirectedUrl()).param("lang", "en").session(province))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Thuế thu nhập Mường Chà</h1>")))
                .andExpect(content().string(containsString("Column mapping")));
    }

    @Test
    void anUploadedFileIsPreviewedAndItsVietnameseHeadersMapThemselves() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "F");
        String csv = "STT,Họ và tên,Ngày sinh,Giới tính,Mã xã,Mã số thuế\n"
                + "1," + person.fullName() + "," + person.birthDate() + ",Nữ,03334,8700000011\n";
        MockHttpSession agency = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"));
        MvcResult upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/cleansing/datasets")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "thue.csv", "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("sector", "TAX").param("title", "Thuế Tuần Giáo").param("period", "2024")
                        .with(csrf()).session(agency))
                .andExpect(status().is3xxRedirection()).andReturn();

        String page = mvc.perform(get(upload.getResponse().getRedirectedUrl()).param("lang", "en").session(agency))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-preview\"")))
                .andExpect(content().string(containsString("<td>" + person.fullName() + "</td>")))
                .andExpect(content().string(containsString("<td>8700000011</td>")))
                .andReturn().getResponse().getContentAsString();
        for (String field : List.of("full_name", "birth_date", "sex", "commune_code", "tax_code")) {
            assertThat(page).containsPattern("value=\"" + field + "\"\\s+selected");
        }
        assertThat(page.split("selected=\"selected\"", -1)).as("one selected option per recognised column").hasSize(6);
    }

    @Test
    void aDatasetLeftUnloadedPastTheRetentionLosesItsRowsAndCanNoLongerBeLoaded() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "F");
        String csv = CleansingFixtures.TAX_HEADER + CleansingFixtures.taxRow(person, person.pin(),
                CleansingFixtures.MUONG_THANH, "8700000021");
        long loaded = CleansingFixtures.evaluatedDataset(context, csv);
        MockHttpSession province = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        // files differing from the loaded one: a file already loaded is refused at upload
        long abandoned = uploadAndCheck(province, CleansingFixtures.TAX_HEADER + CleansingFixtures.taxRow(person,
                person.pin(), CleansingFixtures.MUONG_THANH, "8700000022"));
        long young = uploadAndCheck(province, CleansingFixtures.TAX_HEADER + CleansingFixtures.taxRow(person,
                person.pin(), CleansingFixtures.MUONG_THANH, "8700000023"));
        jdbc.sql("UPDATE cleansing.dataset SET created_at = now() - interval '25 hours' WHERE dataset_id IN (:ids)")
                .param("ids", List.of(abandoned, loaded)).update();

        housekeeping.run();

        assertThat(datasetStatus(abandoned)).isEqualTo("EXPIRED");
        assertThat(stagedRows(abandoned)).isZero();
        assertThat(datasetStatus(young)).isEqualTo("CHECKED");
        assertThat(stagedRows(young)).isEqualTo(1);
        assertThat(datasetStatus(loaded)).isEqualTo("LOADED");

        mvc.perform(post("/cleansing/datasets/{id}/load", abandoned).with(csrf()).session(province))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "cleansing.error.expired"));
        mvc.perform(get("/cleansing/datasets/{id}", abandoned).param("lang", "en").session(province))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The uploaded rows were deleted because the dataset was not loaded within 24 hours")))
                .andExpect(content().string(not(containsString("/cleansing/datasets/" + abandoned + "/check"))));
        mvc.perform(get("/cleansing/datasets/{id}", abandoned).param("lang", "vi").session(province))
                .andExpect(content().string(containsString(
                        "Các dòng đã tải lên đã bị xóa vì bộ dữ liệu không được nạp trong vòng 24 giờ")));
        mvc.perform(get("/cleansing").param("lang", "en").session(province))
                .andExpect(content().string(containsString("Expired: upload the file again")));
        assertThat(datasetStatus(abandoned)).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("SELECT count(*) FROM cleansing.record WHERE dataset_id = :id").param("id", abandoned)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFieldChosenForTwoColumnsIsRefusedByNameAndNothingIsChecked() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "F");
        MockHttpSession province = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        long id = upload(province, CleansingFixtures.TAX_HEADER + CleansingFixtures.taxRow(person, person.pin(),
                CleansingFixtures.MUONG_THANH, "8700000031"));

        mvc.perform(post("/cleansing/datasets/{id}/check", id).with(csrf()).session(province)
                        .param("column0", "full_name").param("column1", "full_name"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "cleansing.error.mapped-twice"))
                .andExpect(flash().attribute("errorArgs", new Object[] {"full_name"}));
        assertThat(datasetStatus(id)).isEqualTo("UPLOADED");
    }

    /** A tax dataset uploaded and dry-run through the pages, its columns mapped by their keys; returns its id. */
    private long uploadAndCheck(MockHttpSession session, String csv) throws Exception {
        long id = upload(session, csv);
        var check = post("/cleansing/datasets/{id}/check", id).with(csrf()).session(session);
        String[] columns = CleansingFixtures.TAX_HEADER.strip().split(",");
        for (int i = 0; i < columns.length; i++) {
            check.param("column" + i, columns[i]);
        }
        mvc.perform(check).andExpect(status().is3xxRedirection());
        assertThat(datasetStatus(id)).isEqualTo("CHECKED");
        return id;
    }

    /** A tax dataset uploaded through the page; returns its id. */
    private long upload(MockHttpSession session, String csv) throws Exception {
        MvcResult upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/cleansing/datasets")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "thue.csv", "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("sector", "TAX").param("agency", "SO_TC").param("title", "Thuế Điện Biên Đông")
                        .param("period", "2024").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = upload.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String datasetStatus(long id) {
        return jdbc.sql("SELECT status FROM cleansing.dataset WHERE dataset_id = :id").param("id", id)
                .query(String.class).single();
    }

    private long stagedRows(long id) {
        return jdbc.sql("SELECT count(*) FROM cleansing.staged_row WHERE dataset_id = :id").param("id", id)
                .query(Long.class).single();
    }
}
