package org.dancu.audit.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
class AuditControllerTest {

    @Autowired WebApplicationContext context;
    @Autowired AuditLedger ledger;
    @Autowired JdbcClient jdbc;
    private MockMvc mvc;

    @BeforeEach
    void mockMvcWithSecurity() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** Signed in with a principal that has what the layout shows: a display name. */
    private static RequestPostProcessor signedIn(String role) {
        return authentication(new UsernamePasswordAuthenticationToken(new Officer(), null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    public static final class Officer {

        public String getDisplayName() {
            return "Lò Thị Kiểm Toán";
        }
    }

    private String recordFor(String actor, String action, Outcome outcome) {
        String object = UUID.randomUUID().toString();
        ledger.record(new AuditEntry(Actor.staff(actor), action, "person", object, "kiểm tra", "10.9.8.7", outcome,
                null));
        return object;
    }

    @Test
    void auditorSeesEntriesFilteredByActorNewestFirst() throws Exception {
        String actor = "auditee-" + UUID.randomUUID();
        String older = recordFor(actor, "register.person.read", Outcome.SUCCESS);
        String newer = recordFor(actor, "register.person.update", Outcome.DENIED);
        String someoneElses = recordFor("someone-else", "register.person.read", Outcome.SUCCESS);

        String page = mvc.perform(get("/audit").param("actor", actor).param("lang", "en").with(signedIn("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Access ledger")))
                .andExpect(content().string(containsString("denied")))
                .andExpect(content().string(not(containsString(someoneElses))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(newer)).isPositive().isLessThan(page.indexOf(older));
    }

    @Test
    void actionPrefixAndObjectNarrowTheList() throws Exception {
        String actor = "auditee-" + UUID.randomUUID();
        String read = recordFor(actor, "register.person.read", Outcome.SUCCESS);
        String login = recordFor(actor, "security.login", Outcome.SUCCESS);

        mvc.perform(get("/audit").param("actor", actor).param("action", "register.").with(signedIn("ADMINISTRATOR")))
                .andExpect(content().string(containsString(read)))
                .andExpect(content().string(not(containsString(login))));
        mvc.perform(get("/audit").param("objectId", login).with(signedIn("ADMINISTRATOR")))
                .andExpect(content().string(containsString(login)))
                .andExpect(content().string(not(containsString(read))));
    }

    @Test
    void dateRangeIsInclusiveOfBothDays() throws Exception {
        String actor = "auditee-" + UUID.randomUUID();
        String object = recordFor(actor, "register.person.read", Outcome.SUCCESS);

        mvc.perform(get("/audit").param("actor", actor).param("from", "2000-01-01").param("to", "2999-12-31")
                        .with(signedIn("AUDITOR")))
                .andExpect(content().string(containsString(object)));
        mvc.perform(get("/audit").param("actor", actor).param("to", "2000-01-01").with(signedIn("AUDITOR")))
                .andExpect(content().string(not(containsString(object))));
    }

    @Test
    void badDatesGetAClearMessageAndNoList() throws Exception {
        String object = recordFor("auditee-" + UUID.randomUUID(), "register.person.read", Outcome.SUCCESS);

        mvc.perform(get("/audit").param("from", "31/12/2025").param("lang", "en").with(signedIn("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter dates as year-month-day.")))
                .andExpect(content().string(not(containsString(object))));
        mvc.perform(get("/audit").param("from", "2025-12-31").param("to", "2025-01-01").with(signedIn("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày kết thúc đứng trước ngày bắt đầu.")))
                .andExpect(content().string(not(containsString(object))));
    }

    @Test
    void verifyButtonShowsTheReport() throws Exception {
        recordFor("auditee", "register.person.read", Outcome.SUCCESS);

        mvc.perform(get("/audit/verify").header("HX-Request", "true").param("lang", "en").with(signedIn("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chain intact: ")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/audit/verify").with(signedIn("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chuỗi nguyên vẹn: ")))
                .andExpect(content().string(containsString("<table")));
    }

    @Test
    void whatAnAuditorIsShownIsItselfOnTheLedger() throws Exception {
        String actor = "auditee-" + UUID.randomUUID();
        recordFor(actor, "register.person.read", Outcome.SUCCESS);

        mvc.perform(get("/audit?actor={actor}", actor).with(signedIn("AUDITOR"))).andExpect(status().isOk());
        mvc.perform(get("/audit/verify").header("HX-Request", "true").with(signedIn("AUDITOR")))
                .andExpect(status().isOk());

        List<Map<String, Object>> views = jdbc.sql("SELECT action, detail, outcome FROM audit.ledger"
                + " WHERE object_type = 'ledger' ORDER BY seq DESC LIMIT 2").query().listOfRows();
        assertThat(views).extracting(row -> row.get("action")).containsExactly("audit.ledger.verify", "audit.ledger.read");
        assertThat(views.get(1)).containsEntry("detail", "actor=" + actor).containsEntry("outcome", "SUCCESS");
    }

    @Test
    void otherStaffAreTurnedAway() throws Exception {
        mvc.perform(get("/audit").with(signedIn("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify").with(signedIn("OFFICER"))).andExpect(status().isForbidden());
    }
}
