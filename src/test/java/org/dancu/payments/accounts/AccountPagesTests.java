package org.dancu.payments.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.banksim.SimulatedAccounts;
import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.payments.AccountFixtures;
import org.dancu.register.Officers;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The citizen's welfare-account page (e-ID level 2) and the officers' review queue, as each role that reaches them
 * and those that do not: a link checked with the simulated bank, a refusal in words that stores nothing, the number
 * shown masked, a close match accepted by the commune's officer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired WelfareAccounts accounts;

    @Test
    void aCitizenLinksTheirAccountAndSeesItMasked() throws Exception {
        Pin citizen = AccountFixtures.resident(context, "Quàng", "Văn", "Pọm");
        String number = SimulatedAccounts.numberOf(citizen);
        String bin = AccountFixtures.bankWithOpenAccount(context, citizen);
        MockHttpSession session = CitizenLogins.logIn(mvc, citizen, EidLevel.LEVEL_2);

        mvc.perform(get("/citizen/payments/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn chưa liên kết tài khoản nào")));
        mvc.perform(post("/citizen/payments/account").session(session).with(csrf()).param("bank", bin)
                        .param("number", number))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "payments.accounts.linked.VERIFIED"));

        mvc.perform(get("/citizen/payments/account").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("•••• " + number.substring(number.length() - 4)),
                        containsString("Verified: payments go to this account"), not(containsString(number)),
                        not(containsString("VERIFIED")))));
        assertThat(ledger(citizen, "payments.account.link", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aNumberTheBankDoesNotKnowIsRefusedInWordsKeepingWhatWasTypedAndNothingIsStored() throws Exception {
        Pin citizen = AccountFixtures.resident(context, "Quàng", "Văn", "Pọm");
        MockHttpSession session = CitizenLogins.logIn(mvc, citizen, EidLevel.LEVEL_2);

        mvc.perform(post("/citizen/payments/account").session(session).with(csrf())
                        .param("bank", SimulatedAccounts.BANK_BINS.get(0)).param("number", "2999 0000 1111"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ngân hàng không có tài khoản với số này"),
                        containsString("value=\"2999 0000 1111\""))));
        mvc.perform(post("/citizen/payments/account").session(session).with(csrf()).param("lang", "en")
                        .param("bank", "").param("number", "12ab"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a bank or wallet from the list. Nothing was changed.")));
        assertThat(jdbc.sql("SELECT count(*) FROM payments.account WHERE pin = :pin").param("pin", citizen.value())
                .query(Long.class).single()).isZero();
        assertThat(ledger(citizen, "payments.account.link", "DENIED")).isEqualTo(2);
    }

    @Test
    void theAccountPageNeedsLevelTwo() throws Exception {
        Pin citizen = AccountFixtures.resident(context, "Quàng", "Văn", "Pọm");

        mvc.perform(get("/citizen/payments/account").session(CitizenLogins.logIn(mvc, citizen, EidLevel.LEVEL_1)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/citizen/payments/account")).andExpect(status().is3xxRedirection());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PROVINCE_OFFICER", "COMMUNE_OFFICER"})
    void theCommunesOfficersSeeACloseMatchBesideTheRegistersNameAndAcceptIt(Role role) throws Exception {
        Pin pin = AccountFixtures.resident(context, "Lò", "Văn", "Pản");
        Account account = accounts.reported(pin, "970405", "77770000" + pin.value().substring(8), "PAN LO VAN", "test");
        MockHttpSession officer = Officers.logIn(mvc, context, role,
                new Scope(role == Role.COMMUNE_OFFICER ? AccountFixtures.MUONG_THANH : "11", null), "Lò Thị Duyệt");

        mvc.perform(get("/payments/accounts/review").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"account-" + account.id() + "\""),
                        containsString("Lò Văn Pản"), containsString("PAN LO VAN"),
                        containsString("Gần khớp, cần kiểm tra"))));
        mvc.perform(post("/payments/accounts/" + account.id() + "/accept").session(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "payments.accounts.review.accepted"));
        mvc.perform(post("/payments/accounts/" + account.id() + "/refuse").session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.accounts.refused.state"));
        assertThat(accounts.currentOf(pin).orElseThrow().status()).isEqualTo(Account.Status.VERIFIED);
        assertThat(ledger(pin, "payments.account.review.read", "SUCCESS")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AGENCY_OFFICER", "AUDITOR", "ADMINISTRATOR", "CLERK"})
    void otherRolesAreRefusedTheQueueAndTheDecisions(Role role) throws Exception {
        Pin pin = AccountFixtures.resident(context, "Lò", "Văn", "Pản");
        Account account = accounts.reported(pin, "970405", "66660000" + pin.value().substring(8), "LO PAN", "test");
        MockHttpSession other = Officers.logIn(mvc, context, role,
                role == Role.AGENCY_OFFICER ? new Scope(null, "SO_YT") : new Scope("11", null), "Cán bộ Khác");

        mvc.perform(get("/payments/accounts/review").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/payments/accounts/" + account.id() + "/accept").session(other).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.currentOf(pin).orElseThrow().status()).isEqualTo(Account.Status.TO_REVIEW);
    }

    private long ledger(Pin person, String action, String outcome) {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE object_id = :pin AND action = :action AND outcome = :outcome")
                .param("pin", person.value()).param("action", action).param("outcome", outcome)
                .query(Long.class).single();
    }
}
