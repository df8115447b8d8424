package org.dancu.citizen.portal;

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

import java.time.LocalDate;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.CitizenConsents;
import org.dancu.exchange.ConsentGrant;
import org.dancu.exchange.GrantedConsent;
import org.dancu.exchange.TestPartner;
import org.dancu.notify.Channel;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.dancu.register.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every portal page as a citizen signed in through the real e-ID flow (the simulator), at level 1 and 2
 * where it matters, and as an anonymous visitor; a citizen who changes an ID in an address or a form is
 * refused and the attempt audited; the consent forms' abuse is refused, changes nothing and is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenPortalTests {

    private static final List<String> PAGES = List.of("/citizen", "/citizen/record", "/citizen/dossiers",
            "/citizen/payments", "/citizen/feedback", "/citizen/documents", "/citizen/inbox", "/citizen/access",
            "/citizen/consents");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CitizenConsents consents;
    @Autowired ProvinceTime time;

    private Pin pin;
    private Pin neighbour;
    private String name;

    @BeforeEach
    void persons() throws Exception {
        pin = Pin.of(RegisterFixture.aPersonPin(context, 31));
        neighbour = Pin.of(RegisterFixture.aPersonPin(context, 32));
        name = jdbc.sql("SELECT full_name FROM register.person WHERE pin = :pin").param("pin", pin.value())
                .query(String.class).single();
    }

    @Test
    void anAnonymousVisitorIsSentToTheSignInPageFromEveryPortalPage() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/citizen/login"));
        }
    }

    @Test
    void aLevelOneCitizenReadsEveryPageButDossiersAndPaymentsInBothLanguages() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);
        for (String page : List.of("/citizen", "/citizen/record", "/citizen/feedback", "/citizen/documents",
                "/citizen/inbox", "/citizen/access", "/citizen/consents")) {
            mvc.perform(get(page).session(citizen)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Cổng công dân"), containsString("Đăng xuất"),
                            not(containsString("??")), not(containsString("/admin/")))));
            mvc.perform(get(page).session(citizen).param("lang", "en")).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Citizen portal"), containsString("Log out"))));
        }
        mvc.perform(get("/citizen/feedback").session(citizen).param("lang", "vi"))
                .andExpect(content().string(containsString("Bạn chưa có phản ánh nào")));
        for (String page : List.of("/citizen/dossiers", "/citizen/payments")) {
            mvc.perform(get(page).session(citizen)).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Bạn chưa có"))));
        }
    }

    @Test
    void thePortalsPagesCarryTheStaffPagesSecurityHeaders() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);
        MockHttpServletResponse staff = mvc.perform(get("/login")).andReturn().getResponse();
        MockHttpServletResponse portal = mvc.perform(get("/citizen/record").session(citizen)).andReturn().getResponse();
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                "Referrer-Policy")) {
            assertThat(portal.getHeader(header)).as(header).isNotNull().isEqualTo(staff.getHeader(header));
        }
    }

    @Test
    void aLevelTwoCitizenSeesDossiersAndPaymentsEmptyWhileTheyHaveNone() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_2);
        mvc.perform(get("/citizen/dossiers").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn chưa có hồ sơ nào")));
        mvc.perform(get("/citizen/payments").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn chưa có khoản chi trả nào")));
    }

    @Test
    void myRecordIsTheRegistersEntryForTheSignedInIdAndTheReadIsAudited() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);
        long before = entries(pin, "citizen.record.read", "SUCCESS");

        mvc.perform(get("/citizen/record").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("/citizen/record/corrections/new"),
                        not(containsString(pin.value())))));

        assertThat(entries(pin, "citizen.record.read", "SUCCESS")).isEqualTo(before + 1);
    }

    @Test
    void whoUsedMyDataListsTheLedgerAboutTheIdInWordsAndTheInboxItsMessages() throws Exception {
        context.getBean(AuditLedger.class).record(new AuditEntry(Actor.staff("xa.doc"), "register.person.read",
                "person", pin.value(), null, "127.0.0.1", Outcome.SUCCESS,
                AuditNote.of("audit.note.shown-on-household", 7)));
        context.getBean(Notifications.class).send(Recipient.citizen(pin), Channel.INBOX, Template.ONE_TIME_CODE,
                "424242");
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);

        mvc.perform(get("/citizen/access").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Xem thông tin công dân"),
                        containsString("hiển thị trên trang hộ gia đình số 7"), containsString("xa.doc"),
                        not(containsString(">register.person.read<")), not(containsString("SUCCESS")))));
        assertThat(entries(pin, "citizen.access.read", "SUCCESS")).isPositive();
        mvc.perform(get("/citizen/inbox").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(containsString("424242")));
    }

    @Test
    void whoUsedMyDataShowsFiftyEntriesAPageAndLeadsToTheOlderOnes() throws Exception {
        AuditLedger ledger = context.getBean(AuditLedger.class);
        for (int household = 1; household <= 60; household++) {
            ledger.record(new AuditEntry(Actor.staff("xa.doc"), "register.person.read", "person", pin.value(), null,
                    "127.0.0.1", Outcome.SUCCESS, AuditNote.of("audit.note.shown-on-household", household)));
        }
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);

        String newest = mvc.perform(get("/citizen/access").session(citizen)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String older = newest.substring(newest.indexOf("/citizen/access?before="));
        older = older.substring(0, older.indexOf('"'));
        String rest = mvc.perform(get(older).session(citizen)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(entriesShown(newest)).isEqualTo(50);
        assertThat(newest).contains("hộ gia đình số 60").doesNotContain("hộ gia đình số 1<");
        assertThat(rest).contains("hộ gia đình số 1<").doesNotContain("hộ gia đình số 60<");
    }

    private static int entriesShown(String page) {
        String list = page.substring(page.indexOf("access-log"));
        return list.substring(0, list.indexOf("</ul>")).split("<li", -1).length - 1;
    }

    @Test
    void anIdChangedInAnAddressOrAFormIsRefusedChangesNothingAndIsAudited() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_2);
        TestPartner partner = TestPartner.create(context, 600);
        int theirs = consents.of(neighbour, Actor.system("test"), "test").size();
        long refusedBefore = entries(neighbour, "citizen.foreign-id", "DENIED");

        mvc.perform(get("/citizen/record").session(citizen).param("pin", neighbour.value()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("chỉ xem và thay đổi được dữ liệu của chính mình"),
                        not(containsString("Ngày sinh")))));
        mvc.perform(get("/citizen/access").session(citizen).param("citizen", neighbour.value()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/citizen/consents").session(citizen).with(csrf()).param("pin", neighbour.value())
                        .param("partnerCode", partner.code).param("purpose", "identity-check")
                        .param("attributes", "fullName").param("validUntil", time.today().plusDays(5).toString()))
                .andExpect(status().isForbidden());

        assertThat(consents.of(neighbour, Actor.system("test"), "test")).hasSize(theirs);
        assertThat(consents.of(pin, Actor.system("test"), "test"))
                .noneMatch(c -> c.partnerCode().equals(partner.code));
        assertThat(entries(neighbour, "citizen.foreign-id", "DENIED")).isEqualTo(refusedBefore + 3);
        mvc.perform(get("/citizen/record").session(citizen).param("pin", pin.value())).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void aCitizenGrantsAndWithdrawsAConsentAndEveryWrongFormIsRefusedAndAudited() throws Exception {
        TestPartner partner = TestPartner.create(context, 600).retrievingOnly(context, "fullName", "birthDate");
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_2);
        String soon = time.today().plusDays(30).toString();
        mvc.perform(get("/citizen/consents").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(partner.code), containsString("Họ và tên"))));

        grant(citizen, partner.code, "identity-check", soon, "fullName")
                .andExpect(flash().attribute("notice", "citizen.consents.notice.granted"));
        GrantedConsent granted = mine(partner.code).get(0);
        assertThat(granted.attributes()).containsExactly("fullName");
        long deniedBefore = entries(pin, "exchange.consent.record", "DENIED");
        long revokeDeniedBefore = entries(pin, "exchange.consent.revoke", "DENIED");

        grant(citizen, "NO_SUCH", "identity-check", soon, "fullName")
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.unknown-partner"));
        grant(citizen, partner.code, "identity-check", soon, "fullName", "address")
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.attribute"));
        grant(citizen, partner.code, "identity-check", soon, "nationalSecrets")
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.attribute"));
        grant(citizen, partner.code, "identity-check", time.today().minusDays(1).toString(), "fullName")
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.date-past"));
        grant(citizen, partner.code, "identity-check", "not a date", "fullName")
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.date-past"));
        grant(citizen, partner.code, "identity-check", consents.latestValidUntil().plusDays(1).toString(), "fullName")
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.date-too-far"));
        assertThat(mine(partner.code)).hasSize(1);
        assertThat(entries(pin, "exchange.consent.record", "DENIED")).isEqualTo(deniedBefore + 6);

        long neighbours = consents.grant(new ConsentGrant(neighbour, partner.code, "identity-check",
                List.of("fullName"), LocalDate.parse(soon)), Actor.citizen(neighbour), "test");
        mvc.perform(post("/citizen/consents/{id}/revoke", neighbours).session(citizen).with(csrf()))
                .andExpect(flash().attribute("refusal", "exchange.consent.refused.no-such-consent"));
        assertThat(consents.of(neighbour, Actor.system("test"), "test"))
                .filteredOn(c -> c.consentId() == neighbours).allMatch(c -> !c.revoked());
        assertThat(entries(pin, "exchange.consent.revoke", "DENIED")).isEqualTo(revokeDeniedBefore + 1);

        mvc.perform(post("/citizen/consents/{id}/revoke", granted.consentId()).session(citizen).with(csrf()))
                .andExpect(flash().attribute("notice", "citizen.consents.notice.revoked"));
        assertThat(mine(partner.code)).allMatch(GrantedConsent::revoked);
    }

    @Test
    void aLevelOneCitizenMayReadTheirConsentsButNotGrantOne() throws Exception {
        TestPartner partner = TestPartner.create(context, 600);
        MockHttpSession citizen = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_1);
        mvc.perform(get("/citizen/consents").session(citizen)).andExpect(status().isOk());
        grant(citizen, partner.code, "identity-check", time.today().plusDays(3).toString(), "fullName")
                .andExpect(status().isForbidden());
        assertThat(mine(partner.code)).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions grant(MockHttpSession citizen, String partner,
            String purpose, String until, String... attributes) throws Exception {
        return mvc.perform(post("/citizen/consents").session(citizen).with(csrf()).param("partnerCode", partner)
                .param("purpose", purpose).param("attributes", attributes).param("validUntil", until));
    }

    private List<GrantedConsent> mine(String partner) {
        return consents.of(pin, Actor.system("test"), "test").stream()
                .filter(c -> c.partnerCode().equals(partner)).toList();
    }

    private long entries(Pin person, String action, String outcome) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit.ledger WHERE object_type = 'person' AND object_id = :pin
                        AND action = :action AND outcome = :outcome""")
                .param("pin", person.value()).param("action", action).param("outcome", outcome)
                .query(Long.class).single();
    }
}
