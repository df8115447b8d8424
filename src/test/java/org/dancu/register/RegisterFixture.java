package org.dancu.register;

import java.io.IOException;

import org.dancu.register.RegisterTestData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For other modules' tests: the register's shared synthetic test population, loaded once per JVM
 * exactly as the register's own tests load it, and the ID of a person in it.
 */
public final class RegisterFixture {

    private RegisterFixture() {
    }

    /** Loads the shared test population if no test has yet, and returns the ID of a person in it. */
    public static String aPersonPin(ApplicationContext context, int ordinal) throws IOException {
        RegisterTestData.ensureLoaded(context);
        return context.getBean(JdbcClient.class)
                .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL ORDER BY person_id OFFSET :n LIMIT 1")
                .param("n", ordinal)
                .query(String.class)
                .single();
    }

    /**
     * Loads the shared test population if no test has yet, and returns the ID of a person in it who has
     * a phone number in the register ({@code withPhone}) or none.
     */
    public static String aPersonPin(ApplicationContext context, int ordinal, boolean withPhone) throws IOException {
        RegisterTestData.ensureLoaded(context);
        return context.getBean(JdbcClient.class)
                .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL AND (phone_cipher IS NOT NULL) = :phone"
                        + " ORDER BY person_id OFFSET :n LIMIT 1")
                .param("phone", withPhone)
                .param("n", ordinal)
                .query(String.class)
                .single();
    }
}
