package org.dancu.web;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.audit.AuditTrail;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The web module bootstrapped with the modules whose APIs its pages read: an auditor's home page shows
 * the head of the audit ledger, in Vietnamese and, switched, in English.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class WebModuleTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;

    @Test
    void anAuditorsHomeShowsTheHeadOfTheLedgerInEitherLanguage() throws Exception {
        String auditor = StaffFixtures.create(context, Role.AUDITOR, new Scope("11", null), "Cà Thị Sổ");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(auditor)
                .password(StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
        long head = trail.newest().orElseThrow().seq();

        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(model().attribute("ledgerHead", greaterThanOrEqualTo(head)))
                .andExpect(content().string(Matchers.containsString("Bản ghi mới nhất: số ")));
        mvc.perform(get("/").param("lang", "en").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Newest entry: number ")));
    }
}
