package org.dancu.payments.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.payments.CycleStatus;
import org.dancu.payments.CyclesFixtures;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentsFixtures;
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

/**
 * The cycles' pages as each role sees them: the paying agency's officers and province officers list and
 * open cycles, the maker prepares, a different checker approves (the maker is refused in words), an
 * officer of another agency does not find the cycle, and other roles are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CyclePagesTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired Cycles cycles;

    @Test
    void aMakerPreparesAndADifferentCheckerApprovesThroughThePages() throws Exception {
        PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 2, PayChannel.POST_CASH);
        Cycle cycle = CyclesFixtures.lockedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);
        MockHttpSession maker = as(Role.AGENCY_OFFICER, new Scope(null, "SO_YT"));
        MockHttpSession checker = as(Role.PROVINCE_OFFICER, new Scope("11", null));
        String page = "/payments/cycles/" + cycle.id();

        assertThat(html(maker, "/payments/cycles")).contains("cycle-" + cycle.id());
        mvc.perform(post(page + "/prepare").session(maker).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.PREPARED);
        assertThat(html(maker, page)).contains("Bạn đã lập kỳ chi trả này").doesNotContain("id=\"approve\"");

        String refused = mvc.perform(post(page + "/approve").session(maker).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("refusalText").toString();
        assertThat(refused).isEqualTo("Bạn đã lập kỳ chi trả này: một cán bộ khác phải phê duyệt.");
        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.PREPARED);

        assertThat(html(checker, page + "?lang=en")).contains("id=\"approve\"").contains("Prepared, awaiting approval");
        mvc.perform(post(page + "/approve").session(checker).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.APPROVED);
        assertThat(html(checker, page)).contains("id=\"send\"").contains("<dd id=\"cycle-status\">Đã duyệt</dd>");
    }

    @Test
    void anOfficerOfAnotherAgencyDoesNotFindTheCycleAndOtherRolesAreRefused() throws Exception {
        Cycle cycle = CyclesFixtures.lockedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);
        String page = "/payments/cycles/" + cycle.id();
        MockHttpSession otherAgency = as(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT"));

        assertThat(html(otherAgency, "/payments/cycles")).doesNotContain("cycle-" + cycle.id());
        mvc.perform(get(page).session(otherAgency)).andExpect(status().isNotFound());
        mvc.perform(post(page + "/prepare").session(otherAgency).with(csrf())).andExpect(status().isNotFound());
        for (Role role : new Role[] {Role.COMMUNE_OFFICER, Role.ADMINISTRATOR, Role.AUDITOR}) {
            MockHttpSession session = as(role, new Scope("11", null));
            mvc.perform(get("/payments/cycles").session(session)).andExpect(status().isForbidden());
            mvc.perform(post(page + "/prepare").session(session).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.LOCKED);
    }

    @Test
    void badInputToOpenACycleIsRefusedInWords() throws Exception {
        MockHttpSession officer = as(Role.PROVINCE_OFFICER, new Scope("11", null));
        long before = cycles.count();

        for (String[] input : new String[][] {{"TCXH_HANG_THANG", "2026-13"}, {"khong-co", "2027-01"},
                {"HO_TRO_CHI_PHI_HOC_TAP", "2027-05"}}) {
            Object refusal = mvc.perform(post("/payments/cycles").param("programme", input[0]).param("month", input[1])
                            .param("lang", "en").session(officer).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("refusalText");
            assertThat(refusal).as("%s %s", input[0], input[1]).isNotNull();
        }
        assertThat(cycles.count()).isEqualTo(before);
    }

    private MockHttpSession as(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Lò Văn Thắng");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    private String html(MockHttpSession session, String address) throws Exception {
        return mvc.perform(get(address).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
