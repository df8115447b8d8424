package org.dancu.exchange.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;

import org.dancu.civil.Pin;
import org.dancu.exchange.TestPartner;
import org.dancu.register.RegisterFixture;
import org.dancu.exchange.consent.Consents;
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
class ExchangePageTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private MockHttpSession signIn(Role role) throws Exception {
        String username = StaffFixtures.create(context, role, role == Role.ADMINISTRATOR ? new Scope("11", null)
                : new Scope("03334", null), "Quàng Thị Quản");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private String code() {
        return "PG" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void anAdministratorRegistersAPartnerWithAPolicyAndAPemKeyAndEachChangeIsAudited() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR);
        String code = code();
        mvc.perform(post("/admin/exchange/partners").session(admin).with(csrf()).param("code", code.toLowerCase())
                        .param("name", "Bảo hiểm xã hội tỉnh").param("agency", "BHXH").param("contact", "it@bhxh"))
                .andExpect(redirectedUrl("/admin/exchange/partners/" + code));
        mvc.perform(post("/admin/exchange/partners/{c}/policy", code).session(admin).with(csrf())
                        .param("operations", "VERIFY", "RETRIEVE").param("attributes", "fullName", "birthDate")
                        .param("purposes", "identity-check, social-benefit").param("ratePerMinute", "120"))
                .andExpect(flash().attribute("notice", "exchange.admin.notice.policy"));
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        mvc.perform(post("/admin/exchange/partners/{c}/keys", code).session(admin).with(csrf())
                        .param("keyId", code.toLowerCase() + "-1").param("publicKey", pem))
                .andExpect(flash().attribute("notice", "exchange.admin.notice.key-added"));

        Policy policy = context.getBean(Partners.class).policy(code);
        assertThat(policy.operations()).containsExactlyInAnyOrder(Operation.VERIFY, Operation.RETRIEVE);
        assertThat(policy.purposes()).containsExactlyInAnyOrder("identity-check", "social-benefit");
        assertThat(context.getBean(Partners.class).activeKey(code.toLowerCase() + "-1")).isPresent();
        mvc.perform(get("/admin/exchange/partners/{c}", code).session(admin).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code.toLowerCase() + "-1")));
        mvc.perform(get("/admin/exchange").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bảo hiểm xã hội tỉnh")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE object_type = 'exchange-partner' "
                + "AND object_id = :c").param("c", code).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theOpenApiDescriptionListsThePartnerCallsAndTheirSignature() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/exchange/v1/verify")))
                .andExpect(content().string(containsString("/api/exchange/v1/bulk-verifications/{jobId}/result")))
                .andExpect(content().string(containsString("httpMessageSignature")))
                .andExpect(content().string(containsString("Exchange gateway")));
    }

    @Test
    void badAdministratorInputChangesNothing() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR);
        String code = code();
        mvc.perform(post("/admin/exchange/partners").session(admin).with(csrf()).param("code", "x")
                        .param("name", "Bad")).andExpect(flash().attribute("refusal", "exchange.admin.refused.partner"));
        context.getBean(Partners.class).create(new Partner(code, "P", null, null, null, true));
        mvc.perform(post("/admin/exchange/partners/{c}/keys", code).session(admin).with(csrf())
                        .param("keyId", "k-" + code).param("publicKey", "bm90IGEga2V5"))
                .andExpect(flash().attribute("refusal", "exchange.admin.refused.key"));
        mvc.perform(post("/admin/exchange/partners/{c}/policy", code).session(admin).with(csrf())
                        .param("operations", "DELETE_EVERYTHING").param("purposes", "x").param("ratePerMinute", "5"))
                .andExpect(flash().attribute("refusal", "exchange.admin.refused.policy"));
        assertThat(context.getBean(Partners.class).keysOf(code)).isEmpty();
        assertThat(context.getBean(Partners.class).policy(code).operations()).isEmpty();
    }

    @Test
    void consentsAreRecordedAndRevokedByTheAdministratorAndOthersMayNotTouchThem() throws Exception {
        String pin = RegisterFixture.aPersonPin(context, 11);
        String code = TestPartner.create(context, 600).code;
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER);
        mvc.perform(get("/admin/exchange/consents").session(officer)).andExpect(status().isForbidden());

        MockHttpSession admin = signIn(Role.ADMINISTRATOR);
        mvc.perform(post("/admin/exchange/consents").session(admin).with(csrf()).param("pin", pin)
                        .param("partnerCode", code).param("purpose", "identity-check").param("attributes", "fullName")
                        .param("expiresOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(flash().attribute("notice", "exchange.admin.notice.consent-recorded"));
        mvc.perform(post("/admin/exchange/consents").session(admin).with(csrf()).param("pin", pin)
                        .param("partnerCode", code).param("purpose", "identity-check").param("attributes", "fullName")
                        .param("expiresOn", LocalDate.now().minusDays(1).toString()))
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.date-past"));
        Consents consents = context.getBean(Consents.class);
        assertThat(consents.ofPin(Pin.of(pin))).filteredOn(c -> c.partnerCode().equals(code)).hasSize(1);
        long id = consents.ofPin(Pin.of(pin)).stream().filter(c -> c.partnerCode().equals(code)).findFirst().orElseThrow()
                .consentId();

        mvc.perform(get("/admin/exchange/consents").session(admin).param("pin", pin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        mvc.perform(post("/admin/exchange/consents/{id}/revoke", id).session(admin).with(csrf())
                        .param("pin", RegisterFixture.aPersonPin(context, 12)))
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.no-such-consent"));
        assertThat(consents.covers(pin, code, "identity-check", java.util.List.of("fullName"))).isTrue();
        mvc.perform(post("/admin/exchange/consents/{id}/revoke", id).session(admin).with(csrf()).param("pin", pin))
                .andExpect(flash().attribute("notice", "exchange.admin.notice.consent-revoked"));
        assertThat(consents.covers(pin, code, "identity-check", java.util.List.of("fullName"))).isFalse();
        assertThat(jdbc.sql("SELECT array_agg(action ORDER BY seq) FROM audit.ledger WHERE object_id = :pin "
                        + "AND action LIKE 'exchange.consent.%'").param("pin", pin).query(String.class).single())
                .contains("exchange.consent.record", "exchange.consent.read", "exchange.consent.revoke");
    }
}
