package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.locality.Localities;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SecurityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Runs the first-start logic on an emptied account table; each test's transaction is rolled back. */
@SecurityIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class InitialAccountsIntegrationTests {

    private static final Pattern PRINTED = Pattern.compile("\\| (\\w+) +([a-z.]+) +(\\S{4}-\\S{4}-\\S{4}-\\S{4}) +\\|");

    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ScopeRules scopeRules;
    @Autowired
    Localities localities;
    @Autowired
    SecurityAudit audit;
    @Autowired
    JdbcClient jdbc;

    InitialAccounts initialAccounts(boolean demo, boolean reset) {
        return new InitialAccounts(accounts, encoder, scopeRules, localities, audit, demo, reset);
    }

    Map<String, String> printedPasswords(String output) {
        Map<String, String> passwords = new LinkedHashMap<>();
        Matcher matcher = PRINTED.matcher(output);
        while (matcher.find()) {
            passwords.put(matcher.group(2), matcher.group(3));
        }
        return passwords;
    }

    @Test
    void withoutDemoAFreshInstallationGetsOneAdministratorWhoMustChangeThePassword(CapturedOutput output) {
        jdbc.sql("DELETE FROM security.staff_account").update();

        initialAccounts(false, false).run(null);

        assertThat(accounts.count()).isEqualTo(1);
        StaffAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(admin.scope()).isEqualTo(new Scope("11", null));
        assertThat(admin.mustChangePassword()).isTrue();
        Map<String, String> printed = printedPasswords(output.getOut());
        assertThat(printed).containsOnlyKeys("admin");
        assertThat(encoder.matches(printed.get("admin"), admin.passwordHash())).isTrue();
        assertThat(output.getOut()).contains("shown ONLY ONCE");
    }

    @Test
    void theDemoGetsOneAccountPerRoleAndCanPrintNewPasswordsAgain(CapturedOutput output) {
        jdbc.sql("DELETE FROM security.staff_account").update();

        initialAccounts(true, false).run(null);
        Map<String, String> first = printedPasswords(output.getOut());

        assertThat(first).containsOnlyKeys("admin", "tinh", "xa.muongthanh", "so.nnmt", "so.yt", "so.gddt", "kiemtra",
                "vanthu.muongthanh", "sohoa.muongthanh", "nhaplieu.muongthanh", "kiemtramau.muongthanh");
        assertThat(accounts.findByUsername("xa.muongthanh").orElseThrow().scope())
                .isEqualTo(new Scope("03334", null));
        assertThat(accounts.findByUsername("so.nnmt").orElseThrow().scope()).isEqualTo(new Scope("11", "SO_NNMT"));
        assertThat(accounts.findByUsername("kiemtra").orElseThrow().role()).isEqualTo(Role.AUDITOR);
        first.forEach((username, password) -> {
            StaffAccount account = accounts.findByUsername(username).orElseThrow();
            assertThat(encoder.matches(password, account.passwordHash())).isTrue();
            assertThat(account.mustChangePassword()).isFalse();
        });

        initialAccounts(true, false).run(null);
        assertThat(printedPasswords(output.getOut())).isEqualTo(first);

        initialAccounts(true, true).run(null);
        Map<String, String> all = printedPasswords(output.getOut());
        assertThat(all).containsOnlyKeys(first.keySet());
        all.forEach((username, password) -> {
            assertThat(password).isNotEqualTo(first.get(username));
            assertThat(encoder.matches(password, accounts.findByUsername(username).orElseThrow().passwordHash()))
                    .isTrue();
        });
    }
}
