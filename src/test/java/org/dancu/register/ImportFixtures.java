package org.dancu.register;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Persons for import tests and the register's forms: valid personal IDs not yet in the register, and the clean-up that takes
 * imported persons out again so that the shared synthetic register stays as the other tests expect.
 * Registered as a test's extension ({@code @RegisterExtension}) they load the synthetic register before each
 * test and take its imported persons out after it.
 */
public final class ImportFixtures implements BeforeEachCallback, AfterEachCallback {

    public static final String MUONG_THANH = "03334";

    private JdbcClient jdbc;
    private final List<String> pins = new ArrayList<>();

    /** For a test's extension, which gets the database from the test's application context. */
    public ImportFixtures() {
    }

    public ImportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeEach(ExtensionContext test) throws IOException {
        ApplicationContext context = SpringExtension.getApplicationContext(test);
        RegisterTestData.ensureLoaded(context);
        jdbc = context.getBean(JdbcClient.class);
    }

    @Override
    public void afterEach(ExtensionContext test) {
        removeImported();
    }

    /** A free, valid ID of someone born in Điện Biên in that year, of that sex ('M' or 'F'). */
    public String pin(int birthYear, char sex) {
        int century = (birthYear / 100 - 19) * 2 + (sex == 'F' ? 1 : 0);
        while (true) {
            String pin = String.format("011%d%02d%06d", century, birthYear % 100,
                    ThreadLocalRandom.current().nextInt(1_000_000));
            boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM register.person WHERE pin = :pin)")
                    .param("pin", pin).query(Boolean.class).single();
            if (!taken && !pins.contains(pin)) {
                pins.add(pin);
                return pin;
            }
        }
    }

    /** A commune of the province outside Mường Thanh's scope. */
    public String communeOutsideMuongThanh() {
        return jdbc.sql("""
                SELECT commune_code FROM locality.scope_commune WHERE scope_code = '11' AND commune_code NOT IN
                    (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
                ORDER BY commune_code LIMIT 1""").param("scope", MUONG_THANH).query(String.class).single();
    }

    public long persons(List<String> wanted) {
        return jdbc.sql("SELECT count(*) FROM register.person WHERE pin IN (:pins)").param("pins", wanted)
                .query(Long.class).single();
    }

    /** How many of the IDs this fixture gave out are in the register. */
    public long imported() {
        return persons(pins);
    }

    public void removeImported() {
        if (!pins.isEmpty()) {
            for (String table : List.of("register.correction_request", "register.life_event")) {
                jdbc.sql("DELETE FROM " + table + " WHERE person_id IN (SELECT person_id FROM register.person"
                        + " WHERE pin IN (:pins))").param("pins", pins).update();
            }
            jdbc.sql("DELETE FROM register.person WHERE pin IN (:pins)").param("pins", pins).update();
        }
    }
}
