package org.dancu.citizen.internal.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.citizen.internal.CitizenUser;
import org.dancu.civil.Pin;
import org.dancu.eidsim.EidSimulator;
import org.dancu.eidsim.Misbehaviour;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A citizen logs in with the e-ID through the simulated provider and lands on the portal as themselves;
 * what a broken or hostile provider sends (a forged, expired, other audience's or other issuer's token, a
 * token without a valid ID, a code used twice) is refused in words, signs nobody in and is in the ledger; a
 * level-1 citizen is refused level-2 pages (in the ledger); citizens and staff never reach each other's pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenLoginTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EidSimulator simulator;

    private Pin pin;
    private long ledgerBefore;

    @BeforeEach
    void aPersonOfTheRegister() throws Exception {
        pin = Pin.of(RegisterFixture.aPersonPin(context, 3, true));
        ledgerBefore = jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit.ledger").query(Long.class).single();
    }

    @AfterEach
    void behaveAgain() {
        simulator.misbehave(Misbehaviour.NONE);
    }

    @Test
    void aCitizenLogsInAtLevelTwoAndLandsOnThePortalInTheLedger() throws Exception {
        String name = context.getBean(RegisteredPersons.class).byPin(pin).orElseThrow().name().fullName();

        MockHttpSession session = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_2);

        mvc.perform(get("/citizen").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("no staff login").isNull();
        assertThat(ledger("citizen.login", "SUCCESS")).containsExactly(pin.masked() + " audit.note.eid-level|2");
    }

    @Test
    void aProviderStoppedAndStartedAgainListensOnTheSamePortAndLoginsGoOn() throws Exception {
        int port = simulator.port();

        ((Lifecycle) simulator).stop();
        ((Lifecycle) simulator).start();

        assertThat(simulator.port()).isEqualTo(port);
        MockHttpSession session = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);
        mvc.perform(get("/citizen").session(session)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource({"FOREIGN_KEY, forged, không được ký bằng khóa của nhà cung cấp",
            "EXPIRED, expired, đã hết hạn",
            "OTHER_AUDIENCE, other-audience, được cấp cho một dịch vụ khác",
            "OTHER_ISSUER, other-issuer, không phải do nhà cung cấp định danh điện tử đã cấu hình cấp",
            "MALFORMED_ID, invalid-id, không có số định danh cá nhân 12 chữ số hợp lệ",
            "MISSING_ID, invalid-id, không có số định danh cá nhân 12 chữ số hợp lệ"})
    void whatAMisbehavingProviderSignsIsRefusedInWordsAndLedgered(Misbehaviour misbehaviour, String refusal,
                                                                   String words) throws Exception {
        simulator.misbehave(misbehaviour);
        MockHttpSession session = new MockHttpSession();

        MvcResult callback = CitizenLogins.callback(mvc, session,
                CitizenLogins.signInAtProvider(mvc, session, pin, EidLevel.LEVEL_2));

        assertRefused(session, callback, refusal, words);
    }

    @Test
    void aReplayedAuthorizationCodeIsRefusedByTheProvider() throws Exception {
        MockHttpSession first = new MockHttpSession();
        URI callback = CitizenLogins.signInAtProvider(mvc, first, pin, EidLevel.LEVEL_2);
        assertThat(CitizenLogins.callback(mvc, first, callback).getResponse().getRedirectedUrl()).isEqualTo("/citizen");

        // the same code again, in a login of another browser (with that login's own state)
        MockHttpSession second = new MockHttpSession();
        String state = UriComponentsBuilder.fromUri(CitizenLogins.authorizationRequest(mvc, second)).build()
                .getQueryParams().getFirst("state");
        URI replayed = UriComponentsBuilder.fromUri(callback).replaceQueryParam("state", state).build(true).toUri();
        MvcResult answer = CitizenLogins.callback(mvc, second, replayed);

        assertRefused(second, answer, "code-refused", "không chấp nhận mã đăng nhập");
    }

    private void assertRefused(MockHttpSession session, MvcResult callback, String refusal, String words) throws Exception {
        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/citizen/login?error=" + refusal);
        assertThat(session.getAttribute(CitizenUser.SESSION_KEY)).as("nobody signed in").isNull();
        mvc.perform(get("/citizen").session(session)).andExpect(redirectedUrl("/citizen/login"));
        mvc.perform(get("/citizen/login").param("error", refusal).session(session))
                .andExpect(content().string(containsString(words)));
        assertThat(ledger("citizen.login", "DENIED"))
                .containsExactly(" audit.note.citizen-login-refused|@citizen.login.error." + refusal);
    }

    @Test
    void aLevelOneCitizenIsRefusedLevelTwoPagesInWordsAndInTheLedger() throws Exception {
        MockHttpSession session = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);

        // the explaining page itself is a forward, which MockMvc does not follow (CitizenLoginBrowserTests reads it)
        mvc.perform(get("/citizen/dossiers").session(session)).andExpect(status().isForbidden())
                .andExpect(forwardedUrl(CitizenSecurityConfiguration.LEVEL_2_PAGE));
        mvc.perform(get("/citizen/payments/1").session(session)).andExpect(status().isForbidden())
                .andExpect(forwardedUrl(CitizenSecurityConfiguration.LEVEL_2_PAGE));
        mvc.perform(post("/citizen/consents/1/revoke").with(csrf()).session(session)).andExpect(status().isForbidden())
                .andExpect(forwardedUrl(CitizenSecurityConfiguration.LEVEL_2_PAGE));
        mvc.perform(get(CitizenSecurityConfiguration.LEVEL_2_PAGE).session(session))
                .andExpect(content().string(containsString("Trang này cần tài khoản định danh điện tử mức 2")));

        assertThat(ledger("citizen.access-denied", "DENIED")).containsExactly(
                pin.masked() + " audit.note.eid-level-2-required",
                pin.masked() + " audit.note.eid-level-2-required",
                pin.masked() + " audit.note.eid-level-2-required");
    }

    @Test
    void aCitizenNeverReachesAStaffPageOrApi() throws Exception {
        MockHttpSession session = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_2);

        mvc.perform(get("/register").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/localities/provinces").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aStaffSessionNeverReachesACitizenPage() throws Exception {
        String officer = StaffFixtures.create(context, Role.ADMINISTRATOR, new Scope("11", null), "Lò Văn Cán");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", officer)
                .param("password", StaffFixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/register").session(session)).andExpect(status().isOk());

        mvc.perform(get("/citizen").session(session)).andExpect(redirectedUrl("/citizen/login"));
        mvc.perform(get("/citizen/dossiers").session(session)).andExpect(redirectedUrl("/citizen/login"));
    }

    @Test
    void loggingOutEndsTheCitizensLoginOnlyInTheLedger() throws Exception {
        MockHttpSession session = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_2);

        mvc.perform(post("/citizen/logout").with(csrf()).session(session))
                .andExpect(redirectedUrl("/citizen/login?logout"));

        mvc.perform(get("/citizen").session(session)).andExpect(redirectedUrl("/citizen/login"));
        assertThat(ledger("citizen.logout", "SUCCESS")).containsExactly(pin.masked() + " null");
    }

    /** This test's ledger entries of one action and outcome: the actor and the note. */
    private java.util.List<String> ledger(String action, String outcome) {
        return jdbc.sql("SELECT actor_id || ' ' || coalesce(detail, 'null') FROM audit.ledger WHERE seq > :before"
                        + " AND action = :action AND outcome = :outcome AND actor_kind = 'CITIZEN' ORDER BY seq")
                .param("before", ledgerBefore).param("action", action).param("outcome", outcome)
                .query(String.class).list();
    }
}
