package org.dancu.nationalsim;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The simulator's rows as the national module's tests need them, written as the database owner (the
 * simulator's schema is its own): a nation that disagrees with the register, a change in its feed.
 */
public final class SimulatedNationFixtures {

    private SimulatedNationFixtures() {
    }

    /** The nation records the register person of that id with the other sex. */
    public static void disagreeOnSex(JdbcClient owner, long registerPersonId) {
        owner.sql("""
                        UPDATE national_sim.person SET sex = CASE sex WHEN 'M' THEN 'F' ELSE 'M' END
                        WHERE pin = (SELECT pin FROM register.person WHERE person_id = :id)""")
                .param("id", registerPersonId).update();
    }

    /** A change of that kind (its values as JSON) in the nation's feed; returns its sequence number. */
    public static long change(JdbcClient owner, String pin, String kind, String effectiveDate, String values) {
        return owner.sql("INSERT INTO national_sim.change (pin, kind, effective_date, changes)"
                        + " VALUES (:pin, :kind, :date, :values::jsonb) RETURNING sequence")
                .param("pin", pin).param("kind", kind).param("date", effectiveDate).param("values", values)
                .query(Long.class).single();
    }
}
