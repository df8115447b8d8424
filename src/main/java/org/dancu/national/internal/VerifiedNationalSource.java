package org.dancu.national.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dancu.national.NationalIndicators;
import org.dancu.register.CountedPersons;
import org.dancu.register.PersonLists;
import org.dancu.register.ResidentCount;
import org.dancu.register.ResidentCounts;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.RecordLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The share of the register's living residents whose record matches the national database, per
 * commune: the numerator counts the living residents, as the register holds them now and in the
 * commune it records now, whose latest check agreed on every field (or whose mismatch an officer
 * resolved); the denominator every living resident the register holds. So persons not yet checked
 * count as not matching, and a person who died or moved after the check leaves the numerator with
 * the denominator or moves in both. Until a reconciliation has checked anyone (no connector, or
 * none run yet) there is no figure at all: "no data yet", not 0 %. Only the present state is
 * known, so it answers for periods not yet over. The register lists the persons behind a figure
 * ({@link CountedPersons}): one set of ids for the count and the list.
 */
@Component
class VerifiedNationalSource implements IndicatorSource, CountedPersons {

    private final JdbcClient jdbc;
    private final ResidentCounts register;

    VerifiedNationalSource(JdbcClient jdbc, ResidentCounts register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(indicator(), 100, "CONG_AN", "national", 40));
    }


    @Override
    public String indicator() {
        return NationalIndicators.VERIFIED_NATIONAL;
    }

    /** The persons whose latest check agreed on every field, or whose difference an officer resolved. */
    @Override
    public long[] personIds() {
        return jdbc.sql("""
                        SELECT person_id FROM national.person_check
                        WHERE status = 'MATCH' OR resolved_at IS NOT NULL""")
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The register lists the persons behind the figure: those of {@link #personIds()} among the
     * living residents, and every living resident, as the count selects them.
     */
    @Override
    public Optional<RecordLinks> records(String indicator, String communeCode) {
        return indicators().contains(indicator) ? Optional.of(PersonLists.of(indicator, communeCode)) : Optional.empty();
    }

    /** Matching and resident counts are given as separate counts of the same keys; steering adds them up. */
    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        if (!indicators().contains(indicator)) {
            throw new IllegalArgumentException("the national connector does not count " + indicator);
        }
        boolean checked = jdbc.sql("SELECT EXISTS (SELECT 1 FROM national.person_check)").query(Boolean.class).single();
        if (!checked) {
            return List.of();
        }
        List<ResidentCount> matching = register.livingResidentsByCommune(personIds());
        List<ResidentCount> residents = register.livingResidentsByCommune();
        List<IndicatorCount> counts = new ArrayList<>();
        for (Period period : periods) {
            matching.forEach(c -> counts.add(new IndicatorCount(period, c.communeCode(), c.currentCommuneCode(), null,
                    c.persons(), 0)));
            residents.forEach(c -> counts.add(new IndicatorCount(period, c.communeCode(), c.currentCommuneCode(), null,
                    0, c.persons())));
        }
        return counts;
    }
}
