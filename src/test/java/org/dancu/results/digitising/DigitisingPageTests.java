package org.dancu.results.digitising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.dancu.register.Officers;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each digitising page as each role that may reach it and as one that may not; the upload refusing what
 * is not a batch of scans, in words, storing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DigitisingPageTests {

    private static final Scope COMMUNE = new Scope(DigitisingFixtures.COMMUNE, null);

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long toEnter;

    @BeforeEach
    void aRecordToEnter() throws IOException {
        toEnter = DigitisingFixtures.read(context, DigitisingFixtures.landCertificateOf(context, 21),
                Set.of(EntryReason.UNSURE_FIELD), Set.of("area"));
    }

    private MockHttpSession as(Role role) throws Exception {
        return as(role, COMMUNE);
    }

    private MockHttpSession as(Role role, Scope scope) throws Exception {
        return Officers.logIn(mvc, context, role, scope, "Cán bộ Số Hoá");
    }

    private long batchOf(long recordId) {
        return jdbc.sql("SELECT batch_id FROM results.digitising_record WHERE record_id = :id").param("id", recordId)
                .query(Long.class).single();
    }

    private long batches() {
        return jdbc.sql("SELECT count(*) FROM results.digitising_batch").query(Long.class).single();
    }

    @Test
    void theDigitisingHomeOpensForTheDigitisingRolesAndAdministratorsOnly() throws Exception {
        for (Role role : new Role[] {Role.CLERK, Role.DIGITISER, Role.SPOT_CHECKER}) {
            mvc.perform(get("/results/digitising").session(as(role))).andExpect(status().isOk());
        }
        mvc.perform(get("/results/digitising").session(as(Role.ADMINISTRATOR, new Scope("11", null))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"files\"")));
        mvc.perform(get("/results/digitising").session(as(Role.COMMUNE_OFFICER))).andExpect(status().isForbidden());
    }

    @Test
    void eachRoleSeesItsOwnQueue() throws Exception {
        mvc.perform(get("/results/digitising").session(as(Role.DIGITISER)))
                .andExpect(content().string(containsString("/results/digitising/records/" + toEnter + "/entry")));
        mvc.perform(get("/results/digitising").session(as(Role.SPOT_CHECKER)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/records/" + toEnter + "/entry"))));
    }

    @Test
    void aBatchsProgressOpensForClerksNotDigitisers() throws Exception {
        long batch = batchOf(toEnter);
        mvc.perform(get("/results/digitising/batches/" + batch).session(as(Role.CLERK)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"pages-read\"")));
        mvc.perform(get("/results/digitising/batches/" + batch).session(as(Role.DIGITISER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/results/digitising/batches/" + batch).session(as(Role.CLERK, new Scope("03127", null))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEntryFormShowsTheScanBesideTheFieldsToDigitisersOnly() throws Exception {
        mvc.perform(get("/results/digitising/records/" + toEnter + "/entry").session(as(Role.DIGITISER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/results/digitising/records/" + toEnter + "/scan")))
                .andExpect(content().string(containsString("name=\"field.area\"")));
        mvc.perform(get("/results/digitising/records/" + toEnter + "/entry").session(as(Role.CLERK)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/results/digitising/records/" + toEnter + "/scan").session(as(Role.DIGITISER)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        mvc.perform(get("/results/digitising/records/" + toEnter + "/scan").session(as(Role.COMMUNE_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/results/digitising/records/" + toEnter + "/scan")
                .session(as(Role.DIGITISER, new Scope("03127", null)))).andExpect(status().isNotFound());
    }

    @Test
    void theSettlementAndTheSpotCheckOpenForTheirRolesOnly() throws Exception {
        mvc.perform(get("/results/digitising/records/" + toEnter + "/resolve").session(as(Role.CLERK)))
                .andExpect(status().isOk());
        mvc.perform(get("/results/digitising/records/" + toEnter + "/resolve").session(as(Role.DIGITISER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/results/digitising/records/" + toEnter + "/check").session(as(Role.SPOT_CHECKER)))
                .andExpect(status().isOk());
        mvc.perform(get("/results/digitising/records/" + toEnter + "/check").session(as(Role.DIGITISER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSecondEntryBySameDigitiserIsRefusedInWords() throws Exception {
        MockHttpSession digitiser = as(Role.DIGITISER);
        Map<String, String> paper = DigitisingFixtures.landCertificateOf(context, 21);
        var first = post("/results/digitising/records/" + toEnter + "/entry").session(digitiser).with(csrf());
        paper.forEach((name, value) -> first.param("field." + name, value));
        mvc.perform(first).andExpect(flash().attribute("notice", "results.digitising.entered"));
        var again = post("/results/digitising/records/" + toEnter + "/entry").session(digitiser).with(csrf());
        paper.forEach((name, value) -> again.param("field." + name, value));
        mvc.perform(again).andExpect(flash().attribute("refusal", "results.digitising.error.same-digitiser"));
        assertThat(jdbc.sql("SELECT second_by FROM results.digitising_record WHERE record_id = :id")
                .param("id", toEnter).query(String.class).optional()).isEmpty();
    }

    @Test
    void anUploadThatIsNotABatchOfScansIsRefusedInWordsAndStoresNothing() throws Exception {
        MockHttpSession clerk = as(Role.CLERK);
        long before = batches();
        MockMultipartFile text = new MockMultipartFile("files", "so-ho-tich.pdf", "application/pdf",
                "Họ và tên;Ngày sinh".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/results/digitising/batches").file(text).param("commune", DigitisingFixtures.COMMUNE)
                        .param("book", "Sổ 1").param("type", "BIRTH_EXTRACT").session(clerk).with(csrf()))
                .andExpect(flash().attribute("refusal", "results.digitising.error.file-not-scan"));
        MockMultipartFile empty = new MockMultipartFile("files", "trang.png", "image/png", new byte[0]);
        mvc.perform(multipart("/results/digitising/batches").file(empty).param("commune", DigitisingFixtures.COMMUNE)
                        .param("book", "Sổ 1").param("type", "BIRTH_EXTRACT").session(clerk).with(csrf()))
                .andExpect(flash().attribute("refusal", "results.digitising.error.file-empty"));
        MockMultipartFile scan = new MockMultipartFile("files", "trang.png", "image/png", DigitisingFixtures.png());
        mvc.perform(multipart("/results/digitising/batches").file(scan).param("commune", "03127")
                        .param("book", "Sổ 1").param("type", "BIRTH_EXTRACT").session(clerk).with(csrf()))
                .andExpect(flash().attribute("refusal", "results.digitising.error.commune"));
        mvc.perform(multipart("/results/digitising/batches").file(scan).param("commune", DigitisingFixtures.COMMUNE)
                        .param("book", " ").param("type", "BIRTH_EXTRACT").session(clerk).with(csrf()))
                .andExpect(flash().attribute("refusal", "results.digitising.error.book"));
        mvc.perform(multipart("/results/digitising/batches").file(scan).param("commune", DigitisingFixtures.COMMUNE)
                        .param("book", "Sổ 1").param("type", "BIRTH_EXTRACT").session(as(Role.DIGITISER)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(batches()).isEqualTo(before);
    }
}
