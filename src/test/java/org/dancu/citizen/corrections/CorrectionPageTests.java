package org.dancu.citizen.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.register.CorrectionFixtures;
import org.dancu.register.CorrectionRequestView;
import org.dancu.register.CorrectionRequests;
import org.dancu.register.CorrectionState;
import org.dancu.register.ImportFixtures;
import org.dancu.register.Officers;
import org.dancu.register.PersonField;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The citizen's "this is wrong" as a signed-in citizen (level 1 is enough): a good request is sent and
 * listed, bad input is refused beside its field in both languages and stores nothing, an ID or a request
 * number of someone else's in the form or the address reaches nothing of theirs (an ID in a parameter an ID
 * goes by is refused as a whole by the portal; in any other it is not read), too many open requests are
 * refused; staff and anonymous visitors do not reach the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectionPageTests {

    private static final String PATH = "/citizen/record/corrections";

    @RegisterExtension final ImportFixtures ids = new ImportFixtures();
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired CorrectionRequests requests;

    private Pin citizen;
    private MockHttpSession session;

    @BeforeEach
    void aSignedInCitizen() {
        citizen = CorrectionFixtures.person(context, ids, ImportFixtures.MUONG_THANH);
        session = CitizenLogins.logIn(mvc, citizen, EidLevel.LEVEL_1);
    }

    @Test
    void aCitizenSendsARequestAndSeesItWaitingInBothLanguages() throws Exception {
        mvc.perform(get(PATH + "/new").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Báo thông tin sai"), containsString("name=\"_csrf\""),
                        containsString("name=\"GIVEN_NAME\""), not(containsString("??")))));
        mvc.perform(post(PATH).session(session).with(csrf()).param("GIVEN_NAME", "đức").param("FAMILY_NAME", " ")
                        .param("explanation", "Giấy khai sinh ghi tên Đức"))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("notice", "citizen.correction.sent"));

        assertThat(requests.of(citizen)).singleElement().satisfies(request -> {
            assertThat(request.proposed()).containsExactly(java.util.Map.entry(PersonField.GIVEN_NAME, "Đức"));
            assertThat(request.language()).isEqualTo(Locale.forLanguageTag("vi"));
        });
        mvc.perform(get(PATH).session(session))
                .andExpect(content().string(allOf(containsString("Đúng"), containsString("→"), containsString("Đức"),
                        containsString("Đang chờ xử lý"), containsString("Rút lại yêu cầu"), not(containsString("??")))));
        mvc.perform(get(PATH).param("lang", "en").session(session))
                .andExpect(content().string(allOf(containsString("My correction requests"), containsString("Waiting"),
                        not(containsString("??")))));
    }

    @Test
    void badInputIsRefusedBesideItsFieldInEitherLanguageAndNothingIsStored() throws Exception {
        mvc.perform(post(PATH).session(session).with(csrf()).param("BIRTH_DATE", "31/02/1990")
                        .param("HOME_TOWN", "99999").param("GIVEN_NAME", "Đúng").param("explanation", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Yêu cầu chưa được gửi"),
                        containsString("Không có xã nào mang mã này"), containsString("Thông tin của bạn đã ghi đúng như vậy."),
                        containsString("Hãy nêu lý do"), containsString("value=\"31/02/1990\""))));
        mvc.perform(post(PATH).param("lang", "en").session(session).with(csrf()).param("SEX", "F")
                        .param("explanation", "CCCD"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The request was not sent"),
                        containsString("does not match the sex"), not(containsString("??")))));
        mvc.perform(post(PATH).param("lang", "en").session(session).with(csrf()).param("explanation", "CCCD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fill in at least one item to correct.")));
        assertThat(requests.of(citizen)).isEmpty();
    }

    @Test
    void anotherPersonsIdOrRequestInTheFormOrAddressReachesNothingOfTheirs() throws Exception {
        Pin other = CorrectionFixtures.person(context, ids, ImportFixtures.MUONG_THANH);
        long theirs = requests.submit(other, CorrectionFixtures.givenName("Đạt"), Locale.ENGLISH, null);

        mvc.perform(post(PATH).session(session).with(csrf()).param("GIVEN_NAME", "Đức")
                        .param("explanation", "Giấy khai sinh").param("pin", other.value()))
                .andExpect(status().isForbidden());
        assertThat(requests.of(other)).extracting(CorrectionRequestView::id).containsExactly(theirs);
        assertThat(requests.of(citizen)).isEmpty();
        mvc.perform(post(PATH).session(session).with(csrf()).param("GIVEN_NAME", "Đức")
                        .param("explanation", "Giấy khai sinh").param("person", other.value()))
                .andExpect(redirectedUrl(PATH));
        assertThat(requests.of(other)).extracting(CorrectionRequestView::id).containsExactly(theirs);
        assertThat(requests.of(citizen)).hasSize(1);
        mvc.perform(post(PATH + "/{id}/withdraw", theirs).session(session).with(csrf()))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("refusal", "register.correction.error.not-found"));
        assertThat(requests.find(theirs).orElseThrow().state()).isEqualTo(CorrectionState.SUBMITTED);
        mvc.perform(get(PATH).session(session))
                .andExpect(content().string(allOf(containsString("Đức"), not(containsString("Đạt")),
                        not(containsString("request-" + theirs)))));
    }

    @Test
    void tooManyOpenRequestsAreRefusedInEitherLanguageUntilOneIsWithdrawn() throws Exception {
        for (int i = 0; i < CorrectionRequests.MOST_OPEN; i++) {
            requests.submit(citizen, CorrectionFixtures.givenName("Đức"), Locale.ENGLISH, null);
        }
        mvc.perform(post(PATH).session(session).with(csrf()).param("GIVEN_NAME", "Đạt").param("explanation", "CCCD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn đã có đủ số yêu cầu")));
        mvc.perform(post(PATH).param("lang", "en").session(session).with(csrf()).param("GIVEN_NAME", "Đạt")
                        .param("explanation", "CCCD"))
                .andExpect(content().string(containsString("You already have as many requests waiting")));
        assertThat(requests.of(citizen)).hasSize(CorrectionRequests.MOST_OPEN);

        long first = requests.of(citizen).get(0).id();
        mvc.perform(post(PATH + "/{id}/withdraw", first).session(session).with(csrf()))
                .andExpect(flash().attribute("notice", "citizen.correction.withdrawn"));
        mvc.perform(post(PATH).session(session).with(csrf()).param("GIVEN_NAME", "Đạt").param("explanation", "CCCD"))
                .andExpect(redirectedUrl(PATH));
        assertThat(requests.find(first).orElseThrow().state()).isEqualTo(CorrectionState.WITHDRAWN);
    }

    @Test
    void staffAndAnonymousVisitorsDoNotReachThePagesAndTheCitizenNotTheWorkList() throws Exception {
        MockHttpSession officer = Officers.logIn(mvc, context, Role.COMMUNE_OFFICER,
                new Scope(ImportFixtures.MUONG_THANH, null), "Lò Văn Cán");
        mvc.perform(get(PATH).session(officer))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/citizen/login"));
        mvc.perform(get(PATH + "/new")).andExpect(redirectedUrl("/citizen/login"));
        mvc.perform(post(PATH).with(csrf()).param("GIVEN_NAME", "Đức").param("explanation", "CCCD"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/register/corrections").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(requests.of(citizen)).isEmpty();
    }
}
