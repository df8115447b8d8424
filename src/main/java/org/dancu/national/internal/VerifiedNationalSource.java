package org.dancu.national.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dancu.register.RegisterFacts;
import org.dancu.register.ResidentCount;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The share of the register's living residents verified against the national database, per commune:
 * the numerator counts living residents whose latest check agreed on every field (or whose mismatch
 * an officer resolved), the denominator every living resident the register holds, so persons not
 * yet checked count as not verified. Only the present state is known, so it answers for periods not
 * yet over.
 */
@Component
class VerifiedNationalSource implements IndicatorSource {

    private final JdbcClient jdbc;
    private final RegisterFacts register;

    VerifiedNationalSource(JdbcClient jdbc, RegisterFacts register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(IndicatorCatalogue.REG_VERIFIED_NATIONAL);
    }

    @Override
    public boolean measures(Period period, LocalDate today) {
        return period.contains(today);
    }

    /** Verified and resident counts are given as separate counts of the same keys; steering adds them up. */
    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        if (!indicators().contains(indicator)) {
            throw new IllegalArgumentException("the national connector does not count " + indicator);
        }
        List<ResidentCount> verified = jdbc.sql("""
                        SELECT commune_code, current_commune_code, count(*) AS persons FROM national.person_check
                        WHERE living_resident AND (status = 'MATCH' OR resolved_at IS NOT NULL)
                        GROUP BY commune_code, current_commune_code""")
                .query(ResidentCount.class).list();
        List<ResidentCount> residents = register.livingResidentsByCommune();
        List<IndicatorCount> counts = new ArrayList<>();
        for (Period period : periods) {
            verified.forEach(c -> counts.add(new IndicatorCount(period, c.communeCode(), c.currentCommuneCode(), null,
                    c.persons(), 0)));
            residents.forEach(c -> counts.add(new IndicatorCount(period, c.communeCode(), c.currentCommuneCode(), null,
                    0, c.persons())));
        }
        return counts;
    }
}
