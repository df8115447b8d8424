package org.dancu.security.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSession;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Accounts for one test, each with a username no other test uses (the test database is shared
 * by all tests of a run) and a known password, and a way to log in as them.
 */
final class TestAccounts {

    static final String PASSWORD = StaffFixtures.PASSWORD;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final MockMvc mvc;

    TestAccounts(StaffAccounts accounts, PasswordEncoder encoder, MockMvc mvc) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.mvc = mvc;
    }

    StaffAccount create(Role role, Scope scope) {
        return create(role, scope, false);
    }

    StaffAccount create(Role role, Scope scope, boolean oneTimePassword) {
        return create(role, scope, oneTimePassword, Instant.now());
    }

    /** An account whose password was set at the time given, as if made long before the test. */
    StaffAccount create(Role role, Scope scope, boolean oneTimePassword, Instant passwordSetAt) {
        String username = "t" + SEQUENCE.incrementAndGet() + "." + role.name().toLowerCase().replace('_', '-');
        return accounts.save(StaffAccount.create(username, "Người thử " + username, role, scope,
                encoder.encode(PASSWORD), oneTimePassword, "test", passwordSetAt));
    }

    StaffAccount admin() {
        return create(Role.ADMINISTRATOR, new Scope("11", null));
    }

    StaffAccount reload(StaffAccount account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    MvcResult attempt(String username, String password) throws Exception {
        return attemptFrom(username, password, "127.0.0.1");
    }

    /**
     * A login from the client address given: the ledger records only the first few refusals of unknown names from
     * one address in a minute and counts the rest, so a test that looks for such an entry uses an address of its own.
     */
    MvcResult attemptFrom(String username, String password, String origin) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(origin);
                    return request;
                })).andReturn();
    }

    /** Logs in and returns the session, failing when the login does not succeed. */
    MockHttpSession login(StaffAccount account) throws Exception {
        return login(account.username(), PASSWORD);
    }

    MockHttpSession login(String username, String password) throws Exception {
        MvcResult result = attempt(username, password);
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.startsWith("/login")) {
            throw new AssertionError("login of " + username + " failed: " + target);
        }
        HttpSession session = result.getRequest().getSession(false);
        return (MockHttpSession) session;
    }
}
