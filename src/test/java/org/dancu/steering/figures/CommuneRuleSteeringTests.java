package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.locality.CommuneRuleCases;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.dashboard.ScopeRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The steering figures count every old Điện Biên commune in the current commune the locality rule
 * gives, and a split commune in none; a commune officer's overview opens on the same commune, or on
 * the old commune when it was split. The same cases run through the register and cleansing.
 */
@SpringBootTest
class CommuneRuleSteeringTests {

    private static final IndicatorDefinition FEEDBACK = HandStoredIndicators.FEEDBACK_DEFINITION;
    private static final Period MAY_2026 = Period.parse("2026-05");

    @Autowired FactWriter writer;
    @Autowired ScopeRoot roots;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void clear() {
        jdbc.sql("DELETE FROM steering.indicator_value WHERE indicator_code = :code").param("code", FEEDBACK.code())
                .update();
    }

    /** Each code counted once, in a month of its own after the reform: where each month's count went. */
    private Map<String, String> countedIn(String province, List<String> communes) {
        List<Period> months = new ArrayList<>();
        List<IndicatorCount> counts = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            Period month = Period.parse(YearMonth.of(2025, 7).plusMonths(i).toString());
            months.add(month);
            counts.add(new IndicatorCount(month, communes.get(i), null, null, 1, 1));
        }
        writer.replace(province, FEEDBACK, months, counts, FactWriter.Origin.COMPUTED);
        Map<String, String> placed = new HashMap<>();
        jdbc.sql("""
                        SELECT period_code, unit_level, unit_code FROM steering.indicator_value
                        WHERE indicator_code = :code AND agency_code = '' AND unit_level IN ('COMMUNE', 'UNATTRIBUTED')
                          AND period_code IN (:periods)""")
                .param("code", FEEDBACK.code()).param("periods", months.stream().map(Period::code).toList())
                .query(rs -> {
                    String commune = communes.get(months.indexOf(Period.parse(rs.getString(1))));
                    assertThat(placed.put(commune, rs.getString(2) + " " + rs.getString(3))).as(commune).isNull();
                });
        return placed;
    }

    @Test
    void everyOldDienBienCommuneIsCountedInItsCurrentCommuneAndASplitOneOnlyInTheProvince() {
        Map<String, String> expected = CommuneRuleCases.dienBienOldToCurrent();
        Map<String, String> placed = countedIn("11", List.copyOf(expected.keySet()));

        expected.forEach((old, current) -> assertThat(placed).as(old).containsEntry(old, "COMMUNE " + current));
        assertThat(countedIn(CommuneRuleCases.SPLIT_PROVINCE, List.of(CommuneRuleCases.SPLIT_COMMUNE)))
                .containsExactly(Map.entry(CommuneRuleCases.SPLIT_COMMUNE,
                        "UNATTRIBUTED " + CommuneRuleCases.SPLIT_PROVINCE));
    }

    @Test
    void aCommuneOfficersOverviewOpensOnTheSameCommuneAndASplitCommunesOnTheOldCommune() {
        CommuneRuleCases.dienBienOldToCurrent().forEach((old, current) ->
                assertThat(roots.of(new Scope(old, null))).as(old)
                        .contains(new ScopeRoot.Root(IndicatorValues.UnitLevel.COMMUNE, current)));

        assertThat(roots.of(new Scope(CommuneRuleCases.SPLIT_COMMUNE, null))).as("not silently its first successor")
                .contains(new ScopeRoot.Root(IndicatorValues.UnitLevel.OLD_COMMUNE, CommuneRuleCases.SPLIT_COMMUNE));
    }
}
