package org.dancu.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.security.internal.StaffAccount;
import org.dancu.security.internal.StaffAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts with a known password, published for the tests of every module, such as the browser tests. */
public final class StaffFixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private StaffFixtures() {
    }

    /** Creates an active account and returns its username. */
    public static String create(ApplicationContext context, Role role, Scope scope, String displayName) {
        String username = "b" + SEQUENCE.incrementAndGet() + "." + role.name().toLowerCase().replace('_', '-');
        context.getBean(StaffAccounts.class).save(StaffAccount.create(username, displayName, role, scope,
                context.getBean(PasswordEncoder.class).encode(PASSWORD), false, "test", Instant.now()));
        return username;
    }

    /** Dates the account's last login at that instant. */
    public static void lastLoggedIn(ApplicationContext context, String username, OffsetDateTime at) {
        context.getBean(JdbcClient.class).sql("UPDATE security.staff_account SET last_login_at = :at WHERE username = :username")
                .param("at", at).param("username", username).update();
    }
}
