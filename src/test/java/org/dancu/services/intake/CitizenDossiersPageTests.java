package org.dancu.services.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.services.DossierView;
import org.dancu.services.Dossiers;
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
 * The citizen's dossiers as the citizen signed in at level 2 through the real e-ID flow: the form prefilled and
 * asking nothing the state holds, a refusal in words with what was typed kept, the case as one with each leg and
 * its due date; another citizen's case is not found; rating waits for the end.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenDossiersPageTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired Dossiers dossiers;

    @Test
    void theBirthBundlesFormIsPrefilledAndAsksNothingTheStateHolds() throws Exception {
        Pin mother = IntakeFixtures.resident(context, true);
        MockHttpSession session = CitizenLogins.logIn(mvc, mother, EidLevel.LEVEL_2);
        long reads = reads(mother);

        mvc.perform(get("/citizen/dossiers/new/DB-17").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lò Thị Xuân"), containsString("id=\"held-parents\""),
                        containsString("value=\"" + mother.value() + "\""), containsString("name=\"f.medical-birth-certificate\""),
                        not(containsString("name=\"f.parents\"")), not(containsString("name=\"d.applicant\"")),
                        containsString("3 ngày làm việc"))));
        assertThat(reads(mother)).isEqualTo(reads + 1);
    }

    @Test
    void aFiledBundleIsShownAsOneCaseWithEachLegAndItsDueDate() throws Exception {
        Pin mother = IntakeFixtures.resident(context, true);
        MockHttpSession session = CitizenLogins.logIn(mvc, mother, EidLevel.LEVEL_2);

        mvc.perform(multipart("/citizen/dossiers/new/DB-17").file(scan()).session(session).with(csrf())
                        .param("d.child-name", "Lò Văn An").param("d.child-birth-date", "02/12/2026")
                        .param("d.child-sex", "Nam").param("d.child-birth-place", "Bệnh viện tỉnh")
                        .param("d.mother-pin", mother.value()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "services.intake.filed"));

        DossierView filed = dossiers.ofApplicant(mother).get(0);
        String due = new ProvinceTime(ProvinceTime.VIETNAM).date(filed.legs().get(0).due());
        mvc.perform(get("/citizen/dossiers/" + filed.code().value()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đăng ký khai sinh"), containsString("Đăng ký thường trú cho trẻ"),
                        containsString("Chờ thủ tục trước hoàn thành"), containsString("Hẹn trả kết quả ngày " + due),
                        not(containsString("IN_PROGRESS")), not(containsString("id=\"rating\"")))));
        mvc.perform(get("/citizen/dossiers").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(filed.code().value()), containsString("Being handled"))));

        Pin stranger = IntakeFixtures.resident(context, false);
        MockHttpSession other = CitizenLogins.logIn(mvc, stranger, EidLevel.LEVEL_2);
        mvc.perform(get("/citizen/dossiers/" + filed.code().value()).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/citizen/dossiers/" + filed.code().value() + "/rating").param("stars", "5").session(session)
                .with(csrf())).andExpect(flash().attribute("refusal", "services.intake.rating.refused.state"));
        assertThat(dossiers.find(filed.code()).orElseThrow().rating()).isNull();
    }

    @Test
    void aRefusedDossierSaysWhyInTheReadersLanguageAndKeepsWhatWasTyped() throws Exception {
        Pin mother = IntakeFixtures.resident(context, true);
        MockHttpSession session = CitizenLogins.logIn(mvc, mother, EidLevel.LEVEL_2);

        mvc.perform(multipart("/citizen/dossiers/new/DB-17").session(session).with(csrf())
                        .param("d.child-name", "Lò Văn An").param("d.mother-pin", mother.value()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hồ sơ chưa được nộp vì còn thiếu"),
                        containsString("Giấy chứng sinh"), containsString("value=\"Lò Văn An\""))));
        mvc.perform(multipart("/citizen/dossiers/new/DB-17").session(session).with(csrf()).param("lang", "en")
                        .param("d.child-name", "Lò Văn An").param("d.mother-pin", mother.value()))
                .andExpect(content().string(containsString("The dossier was not filed: missing")));
        assertThat(dossiers.ofApplicant(mother)).isEmpty();
    }

    @Test
    void aLevelOneCitizenMayNotFileAndAnUnknownProcedureIsNotFound() throws Exception {
        Pin citizen = IntakeFixtures.resident(context, false);
        mvc.perform(get("/citizen/dossiers/new/DB-17").session(CitizenLogins.logIn(mvc, citizen, EidLevel.LEVEL_1)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/citizen/dossiers/new/9.999999").session(CitizenLogins.logIn(mvc, citizen, EidLevel.LEVEL_2)))
                .andExpect(status().isNotFound());
    }

    private static MockMultipartFile scan() {
        return new MockMultipartFile("f.medical-birth-certificate", "giay-chung-sinh.pdf", "application/pdf",
                IntakeFixtures.PDF);
    }

    private long reads(Pin person) {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE object_id = ? AND action = 'services.intake.prefill'")
                .param(person.value()).query(Long.class).single();
    }
}
