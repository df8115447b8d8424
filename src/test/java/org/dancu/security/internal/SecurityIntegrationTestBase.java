package org.dancu.security.internal;

import org.dancu.audit.AuditTrail;
import org.dancu.security.SecurityLedger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the security module's web tests work with: MockMvc, the account store, accounts with a
 * known password and the module's audit entries. Subclasses carry {@code @SecurityIntegrationTest}.
 */
abstract class SecurityIntegrationTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    private AuditTrail trail;

    TestAccounts testAccounts;
    SecurityLedger ledger;

    @BeforeEach
    void createFixtures() {
        testAccounts = new TestAccounts(accounts, encoder, mvc);
        ledger = new SecurityLedger(trail);
    }
}
