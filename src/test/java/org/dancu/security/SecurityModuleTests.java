package org.dancu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * Security bootstrapped with the modules it depends on only (localities and the audit ledger; civil too,
 * whose types beans such as the province's clock have, else Modulith leaves them out): a staff account
 * signs in with its password and not without it, with its role, and the ledger records both.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "civil")
@AutoConfigureMockMvc
class SecurityModuleTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;

    @Test
    void aStaffAccountSignsInWithItsPasswordOnlyAndTheLedgerRecordsEachAttempt() throws Exception {
        String username = StaffFixtures.create(context, Role.AUDITOR, new Scope("11", null), "Lò Văn Mô");

        mvc.perform(formLogin("/login").user(username).password("not the password")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username).withRoles(Role.AUDITOR.name()));

        assertThat(new SecurityLedger(trail).entries("security.login", username)).extracting(AuditEntry::outcome)
                .containsExactly(Outcome.DENIED, Outcome.SUCCESS);
    }
}
