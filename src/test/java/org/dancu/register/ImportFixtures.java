package org.dancu.register;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Persons for import tests and the register's forms: valid personal IDs not yet in the register, and the clean-up that takes
 * imported persons out again so that the shared synthetic register stays as the other tests expect.
 */
public final class ImportFixtures {

    public static final String MUONG_THANH = "03334";

    private final JdbcClient jdbc;
    private final List<String> pins = new ArrayList<>();

    public ImportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
            jdbc.sql("DELETE FROM register.life_event WHERE person_id IN (SELECT person_id FROM register.person"
                    + " WHERE pin IN (:pins))").param("pins", pins).update();
            jdbc.sql("DELETE FROM register.person WHERE pin IN (:pins)").param("pins", pins).update();
        }
    }
}
