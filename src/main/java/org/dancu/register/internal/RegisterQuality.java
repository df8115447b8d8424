package org.dancu.register.internal;

import java.util.Map;
import java.util.Optional;

import org.dancu.security.SqlCondition;
import org.dancu.steering.IndicatorCatalogue;

/**
 * What the register's quality indicators count, written once for the count and for the list of the
 * persons behind it: the denominator is every living resident, the numerator those meeting the
 * indicator's condition. The query must alias the person {@code p}.
 */
public final class RegisterQuality {

    /** The denominator of every register indicator. */
    static final SqlCondition RESIDENTS = new SqlCondition("p.alive AND p.resident", Map.of());

    /** A 12-digit PIN whose province prefix, century-sex digit and birth year agree with the record. */
    private static final SqlCondition VALID_PIN = new SqlCondition("""
            p.pin ~ '^0[0-9]{11}$'
            AND substr(p.pin, 5, 2) = lpad((p.birth_year % 100)::text, 2, '0')
            AND substr(p.pin, 4, 1)::int = ((p.birth_year / 100) - 19) * 2 + CASE p.sex WHEN 'F' THEN 1 ELSE 0 END
            AND p.sex IN ('M', 'F')""", Map.of());

    /** The fields a register record must have to be complete. */
    private static final SqlCondition COMPLETE = new SqlCondition("""
            p.pin IS NOT NULL AND p.birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND p.sex IN ('M', 'F')
            AND p.ethnicity IS NOT NULL AND p.current_commune_code IS NOT NULL
            AND coalesce(btrim(p.address), '') <> '' AND p.household_id IS NOT NULL""", Map.of());

    static final Map<String, SqlCondition> NUMERATORS = Map.of(
            IndicatorCatalogue.REG_VALID_PIN, VALID_PIN,
            IndicatorCatalogue.REG_COMPLETE, COMPLETE);

    private RegisterQuality() {
    }

    /**
     * The persons a figure counts: every living resident, of a current commune or all (null), and
     * those meeting the indicator's condition (true), those not meeting it (false) or both (null).
     */
    public static Optional<SqlCondition> persons(String indicator, String currentCommune, Boolean meets) {
        SqlCondition numerator = NUMERATORS.get(indicator);
        if (numerator == null) {
            return Optional.empty();
        }
        SqlCondition persons = RESIDENTS;
        if (currentCommune != null) {
            persons = persons.and(new SqlCondition("p.current_commune_code = :quality_commune",
                    Map.of("quality_commune", currentCommune)));
        }
        if (meets != null) {
            persons = persons.and(meets ? numerator
                    : new SqlCondition("NOT coalesce(" + numerator.sql() + ", false)", Map.of()));
        }
        return Optional.of(persons);
    }
}
