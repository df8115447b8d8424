package org.dancu.register.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.civil.PersonName;
import org.dancu.register.CountedPersons;
import org.dancu.register.RegisterIndicators;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the register's quality indicators count, written once for the count and for the list of the
 * persons behind it: the denominator is every living resident, the numerator those meeting the
 * indicator's condition. The query must alias the person {@code p}.
 */
@Component
class RegisterQuality {

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

    static final Set<String> INDICATORS = Set.of(RegisterIndicators.VALID_PIN, RegisterIndicators.COMPLETE,
            RegisterIndicators.NAME_SPELLING);

    private final JdbcClient jdbc;
    private final List<CountedPersons> others;

    RegisterQuality(JdbcClient jdbc, List<CountedPersons> others) {
        this.jdbc = jdbc;
        this.others = List.copyOf(others);
    }

    /** The condition of the indicator's numerator, or empty when the indicator is not one of the register's. */
    Optional<SqlCondition> numerator(String indicator) {
        return switch (indicator) {
            case RegisterIndicators.VALID_PIN -> Optional.of(VALID_PIN);
            case RegisterIndicators.COMPLETE -> Optional.of(COMPLETE);
            case RegisterIndicators.NAME_SPELLING -> Optional.of(nameWritten());
            default -> Optional.empty();
        };
    }

    /** The persons another module's figure counts ({@link CountedPersons}), by their ids. */
    private Optional<SqlCondition> counted(String indicator) {
        return others.stream().filter(persons -> persons.indicator().equals(indicator)).findFirst()
                .map(persons -> new SqlCondition("p.person_id = ANY(CAST(:counted_persons AS bigint[]))",
                        Map.of("counted_persons", persons.personIds())));
    }

    /**
     * The persons a figure counts, of the register's indicators or another module's
     * ({@link CountedPersons}): every living resident, of a current commune or all (null), and
     * those meeting the indicator's condition (true), those not meeting it (false) or both (null).
     */
    Optional<SqlCondition> persons(String indicator, String currentCommune, Boolean meets) {
        return numerator(indicator).or(() -> counted(indicator)).map(numerator -> {
            SqlCondition persons = RESIDENTS;
            if (currentCommune != null) {
                persons = persons.and(new SqlCondition("p.current_commune_code = :quality_commune",
                        Map.of("quality_commune", currentCommune)));
            }
            if (meets != null) {
                persons = persons.and(meets ? numerator
                        : new SqlCondition("NOT coalesce(" + numerator.sql() + ", false)", numerator.parameters()));
            }
            return persons;
        });
    }

    /**
     * A name written as the register writes names (civil's {@link PersonName#spelling}): single
     * spaces between words, none of which is among the residents' name words found not normalised or
     * mis-decoded. The rule runs in Java once per distinct word, not once per person.
     */
    private SqlCondition nameWritten() {
        String[] notWritten = jdbc.sql("""
                        SELECT DISTINCT w FROM register.person p CROSS JOIN LATERAL regexp_split_to_table(p.full_name, ' ') w
                        WHERE p.alive AND p.resident AND w <> ''""")
                .query(String.class).list().stream()
                .filter(word -> PersonName.spelling(word) != PersonName.Spelling.NORMALISED)
                .toArray(String[]::new);
        return new SqlCondition("""
                p.full_name ~ '^\\S+( \\S+)*$'
                AND NOT (string_to_array(p.full_name, ' ') && CAST(:not_written AS text[]))""",
                Map.of("not_written", notWritten));
    }
}
