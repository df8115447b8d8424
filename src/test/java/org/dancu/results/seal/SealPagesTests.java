package org.dancu.results.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The seal's pages: the published lists and the verifier for anyone, the keys page for administrators only. */
@SpringBootTest
@AutoConfigureMockMvc
class SealPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ProvinceKeys keys;
    @Autowired StatusLists statusLists;
    @Autowired AuditTrail trail;

    @Test
    void theTrustListIsPublicAndNamesEveryKeyWithItsWindowAndState() throws Exception {
        keys.signing();
        String json = mvc.perform(get("/results/trust-list")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        TrustList published = TrustList.fromJson(json);
        assertThat(published.keys()).extracting(ProvinceKey::keyId)
                .containsExactlyElementsOf(keys.all().stream().map(ProvinceKey::keyId).toList());
        assertThat(published.keys()).anyMatch(key -> key.state() == KeyState.ACTIVE && key.validUntil() == null);
    }

    @Test
    void aStatusListIsAPublicBitstringStatusListCredentialAndAnUnknownOneIsNotFound() throws Exception {
        int entry = statusLists.allocate(1).get(0);
        String json = mvc.perform(get("/results/status/" + StatusList.listOf(entry))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(json).contains("\"BitstringStatusListCredential\"", "\"statusPurpose\" : \"message\"");
        StatusList list = StatusList.fromCredentialJson(json);
        assertThat(list.bits()).hasSize(StatusList.ENTRIES * 2 / 8);
        mvc.perform(get("/results/status/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/results/status/abc")).andExpect(status().isNotFound());
    }

    @Test
    void entriesAreDrawnAtRandomNotInTurn() {
        int first = statusLists.allocate(1).get(0);
        int second = statusLists.allocate(1).get(0);
        int third = statusLists.allocate(1).get(0);

        assertThat(List.of(second - first, third - second)).isNotEqualTo(List.of(1, 1));
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
    }

    @Test
    void theVerifierPageIsPublicAndCarriesTheTrustList() throws Exception {
        keys.signing();
        mvc.perform(get("/results/verify")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"trust-list\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(keys.all().get(0).keyId())));
    }

    @Test
    void onlyAdministratorsSeeTheKeysPage() throws Exception {
        mvc.perform(get(KeyAdministrationController.PATH)).andExpect(status().is3xxRedirection());
        mvc.perform(get(KeyAdministrationController.PATH).session(signIn(Role.PROVINCE_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(post(KeyAdministrationController.PATH + "/rotate").with(csrf())
                .session(signIn(Role.PROVINCE_OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get(KeyAdministrationController.PATH).session(signIn(Role.ADMINISTRATOR)))
                .andExpect(status().isOk());
    }

    @Test
    void anAdministratorRotatesAndWithdrawsAndEachIsOnTheLedger() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR);
        String old = keys.signing().keyId();

        mvc.perform(post(KeyAdministrationController.PATH + "/rotate").with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "results.keys.rotated"));
        String current = keys.signing().keyId();
        assertThat(current).isNotEqualTo(old);
        assertThat(trail.findByObject("province-key", current, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.entry().action()).isEqualTo(KeyAdministrationController.ROTATE));

        mvc.perform(post(KeyAdministrationController.PATH + "/" + old + "/withdraw").param("reason", "lộ khóa")
                .with(csrf()).session(admin)).andExpect(flash().attribute("notice", "results.keys.withdrawn"));
        assertThat(state(old)).isEqualTo(KeyState.WITHDRAWN);
        assertThat(trail.findByObject("province-key", old, 5)).extracting(entry -> entry.entry().outcome())
                .contains(Outcome.SUCCESS);
    }

    @Test
    void aWithdrawalWithoutReasonOrOfAnUnknownOrWithdrawnKeyIsRefusedChangesNothingAndIsAudited() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR);
        String active = keys.signing().keyId();

        mvc.perform(post(KeyAdministrationController.PATH + "/" + active + "/withdraw").param("reason", "  ")
                .with(csrf()).session(admin)).andExpect(flash().attribute("refusal", "results.keys.error.reason"));
        assertThat(state(active)).isEqualTo(KeyState.ACTIVE);
        assertThat(trail.findByObject("province-key", active, 5)).extracting(entry -> entry.entry().outcome())
                .containsExactly(Outcome.DENIED);

        mvc.perform(post(KeyAdministrationController.PATH + "/ffffffffffffffff/withdraw").param("reason", "x")
                .with(csrf()).session(admin)).andExpect(flash().attribute("refusal", "results.keys.error.unknown"));
        keys.withdraw(active, "test");
        mvc.perform(post(KeyAdministrationController.PATH + "/" + active + "/withdraw").param("reason", "again")
                .with(csrf()).session(admin)).andExpect(flash().attribute("refusal", "results.keys.error.withdrawn"));
    }

    private KeyState state(String keyId) {
        return keys.all().stream().filter(key -> key.keyId().equals(keyId)).findFirst().orElseThrow().state();
    }

    private MockHttpSession signIn(Role role) throws Exception {
        String username = StaffFixtures.create(context, role, new Scope("11", null), "Lò Văn Minh");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }
}
