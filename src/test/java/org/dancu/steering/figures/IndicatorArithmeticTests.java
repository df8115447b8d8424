package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.SteeringFixtures;
import org.dancu.steering.dashboard.Dashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Aggregation of source counts across the 2025 merger, on the real locality data. Điện Biên has no
 * split commune, so the split cases use a province that has one.
 */
@SpringBootTest
class IndicatorArithmeticTests {

    private static final IndicatorDefinition FEEDBACK = HandStoredIndicators.FEEDBACK_DEFINITION;
    private static final Period JUNE_2025 = Period.parse("2025-06");
    private static final Period MAY_2026 = Period.parse("2026-05");
    private static final Scope EVERYWHERE_IN_DIEN_BIEN = new Scope("11", null);

    @Autowired ApplicationContext context;
    @Autowired FactWriter writer;
    @Autowired JdbcClient jdbc;
    @Autowired IndicatorValues values;
    @Autowired Dashboard dashboard;

    @AfterEach
    void clear() {
        jdbc.sql("DELETE FROM steering.indicator_value WHERE indicator_code = :code").param("code", FEEDBACK.code())
                .update();
    }

    /** Two old Điện Biên communes that went whole into the same current commune. */
    private List<Map<String, Object>> mergedPair() {
        return jdbc.sql("""
                        SELECT cs.old_code, cs.new_code FROM locality.commune_succession cs
                        WHERE cs.old_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = '11')
                          AND NOT cs.partial
                          AND NOT EXISTS (SELECT 1 FROM locality.unit u WHERE u.code = cs.old_code AND u.valid_until IS NULL)
                          AND cs.new_code IN (SELECT new_code FROM locality.commune_succession GROUP BY new_code HAVING count(*) >= 2)
                        ORDER BY cs.new_code, cs.old_code LIMIT 2""")
                .query().listOfRows();
    }

    private Map<String, StoredValue> stored(String unitLevel) {
        Map<String, StoredValue> found = new HashMap<>();
        jdbc.sql("SELECT unit_code, numerator, denominator, value FROM steering.indicator_value"
                        + " WHERE indicator_code = :code AND unit_level = :level AND agency_code = ''")
                .param("code", FEEDBACK.code()).param("level", unitLevel)
                .query(rs -> {
                    found.put(rs.getString(1), new StoredValue(FEEDBACK.code(), "", unitLevel, rs.getString(1), "",
                            rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), false, null));
                });
        return found;
    }

    @Test
    void oldCommunesAddUpIntoTheirSuccessorAndTheProvince() {
        List<Map<String, Object>> pair = mergedPair();
        assertThat(pair).hasSize(2);
        String successor = (String) pair.get(0).get("new_code");
        assertThat(pair.get(1).get("new_code")).isEqualTo(successor);
        writer.replace(FEEDBACK, List.of(JUNE_2025), List.of(
                new IndicatorCount(JUNE_2025, (String) pair.get(0).get("old_code"), null, null, 30, 40),
                new IndicatorCount(JUNE_2025, (String) pair.get(1).get("old_code"), null, "VP_UBND", 10, 60)),
                FactWriter.Origin.COMPUTED);

        StoredValue current = stored("COMMUNE").get(successor);
        assertThat(current.numerator()).isEqualByComparingTo("40");
        assertThat(current.denominator()).isEqualByComparingTo("100");
        assertThat(current.value()).isEqualByComparingTo("40");
        assertThat(stored("PROVINCE").get("11").value()).isEqualByComparingTo("40");
        assertThat(stored("OLD_COMMUNE")).containsKeys((String) pair.get(0).get("old_code"),
                (String) pair.get(1).get("old_code"));
        assertThat(stored("UNATTRIBUTED")).isEmpty();
        BigDecimal agency = jdbc.sql("SELECT value FROM steering.indicator_value WHERE indicator_code = :code"
                        + " AND unit_level = 'PROVINCE' AND agency_code = 'VP_UBND'")
                .param("code", FEEDBACK.code()).query(BigDecimal.class).single();
        assertThat(agency).isEqualByComparingTo(new BigDecimal("16.6667"));
    }

    @Test
    void theProvinceTotalIsTheSumOfItsCommunesWithoutDoubleCounting() {
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT old_code FROM locality.commune_succession
                        WHERE old_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = '11')
                        ORDER BY old_code""").query().listOfRows();
        List<IndicatorCount> counts = rows.stream()
                .map(r -> new IndicatorCount(JUNE_2025, (String) r.get("old_code"), null, null, 7, 10)).toList();
        writer.replace(FEEDBACK, List.of(JUNE_2025), counts, FactWriter.Origin.COMPUTED);

        Map<String, StoredValue> communes = stored("COMMUNE");
        BigDecimal sum = communes.values().stream().map(StoredValue::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        StoredValue province = stored("PROVINCE").get("11");
        assertThat(communes).hasSize(45);
        assertThat(sum).isEqualByComparingTo(province.denominator());
        assertThat(province.denominator()).isEqualByComparingTo(BigDecimal.valueOf(10L * rows.size()));
        assertThat(province.value()).isEqualByComparingTo("70");
    }

    @Test
    void aSplitCommuneGoesWhereEachRecordLivesOrOnlyToTheProvinceTotal() {
        Map<String, Object> split = jdbc.sql("""
                        SELECT cs.old_code, min(cs.new_code) AS first_successor, max(cs.new_code) AS last_successor,
                               (SELECT sc.scope_code FROM locality.scope_commune sc
                                WHERE sc.commune_code = cs.old_code AND length(sc.scope_code) = 2 LIMIT 1) AS province
                        FROM locality.commune_succession cs
                        WHERE NOT EXISTS (SELECT 1 FROM locality.unit u WHERE u.code = cs.old_code AND u.valid_until IS NULL)
                        GROUP BY cs.old_code HAVING count(*) >= 2 ORDER BY cs.old_code LIMIT 1""")
                .query().singleRow();
        String province = (String) split.get("province");
        String old = (String) split.get("old_code");
        String first = (String) split.get("first_successor");
        String last = (String) split.get("last_successor");
        writer.replace(province, FEEDBACK, List.of(JUNE_2025), List.of(
                new IndicatorCount(JUNE_2025, old, first, null, 5, 10),
                new IndicatorCount(JUNE_2025, old, last, null, 9, 10),
                new IndicatorCount(JUNE_2025, old, null, null, 1, 4)), FactWriter.Origin.COMPUTED);

        Map<String, StoredValue> communes = stored("COMMUNE");
        assertThat(communes.get(first).denominator()).isEqualByComparingTo("10");
        assertThat(communes.get(last).denominator()).isEqualByComparingTo("10");
        assertThat(stored("UNATTRIBUTED").get(province).denominator()).isEqualByComparingTo("4");
        assertThat(stored("PROVINCE").get(province).denominator()).isEqualByComparingTo("24");
        assertThat(stored("PROVINCE").get(province).numerator()).isEqualByComparingTo("15");
        assertThat(stored("OLD_COMMUNE").get(old).denominator()).isEqualByComparingTo("24");
    }

    @Test
    void aReplacedPeriodLeavesOtherPeriodsAsTheyWere() {
        String commune = (String) mergedPair().get(0).get("new_code");
        writer.replace(FEEDBACK, List.of(JUNE_2025, MAY_2026), List.of(
                new IndicatorCount(JUNE_2025, commune, null, null, 1, 2),
                new IndicatorCount(MAY_2026, commune, null, null, 3, 4)), FactWriter.Origin.COMPUTED);
        writer.replace(FEEDBACK, List.of(MAY_2026), List.of(new IndicatorCount(MAY_2026, commune, null, null, 4, 4)),
                FactWriter.Origin.COMPUTED);

        assertThat(values.forUnit(EVERYWHERE_IN_DIEN_BIEN, IndicatorValues.UnitLevel.PROVINCE, "11",
                List.of(JUNE_2025, MAY_2026))).filteredOn(v -> v.indicatorCode().equals(FEEDBACK.code()))
                .extracting(StoredValue::periodCode, v -> v.value().intValue())
                .containsExactlyInAnyOrder(tuple("2025-06", 50),
                        tuple("2026-05", 100));
    }

    @Test
    void aCountForAPeriodNotAskedForChangesNothing() {
        String commune = (String) mergedPair().get(0).get("new_code");
        writer.replace(FEEDBACK, List.of(JUNE_2025), List.of(new IndicatorCount(JUNE_2025, commune, null, null, 1, 2)),
                FactWriter.Origin.COMPUTED);
        assertThatThrownBy(() -> writer.replace(FEEDBACK, List.of(JUNE_2025),
                List.of(new IndicatorCount(MAY_2026, commune, null, null, 1, 1)), FactWriter.Origin.COMPUTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored("PROVINCE").get("11").value()).isEqualByComparingTo("50");
    }

    @Test
    void aZeroDenominatorAndAMissingPeriodShowNoData() {
        String commune = (String) mergedPair().get(0).get("new_code");
        writer.replace(FEEDBACK, List.of(JUNE_2025), List.of(new IndicatorCount(JUNE_2025, commune, null, null, 0, 0)),
                FactWriter.Origin.COMPUTED);
        Dashboard.IndicatorLine june = line(JUNE_2025);
        assertThat(june.current()).isNotNull();
        assertThat(june.hasData()).isFalse();
        Dashboard.IndicatorLine may = line(MAY_2026);
        assertThat(may.current()).isNull();
        assertThat(may.hasData()).isFalse();
        assertThat(may.met()).isNull();
    }

    @Test
    void targetsAndYearOnYearChangeComeWithTheLine() {
        String commune = (String) mergedPair().get(0).get("new_code");
        Period may2025 = Period.parse("2025-05");
        SteeringFixtures.target(context, FEEDBACK.code(), 2026, 95);
        writer.replace(FEEDBACK, List.of(may2025, MAY_2026), List.of(
                new IndicatorCount(may2025, commune, null, null, 60, 100),
                new IndicatorCount(MAY_2026, commune, null, null, 97, 100)), FactWriter.Origin.COMPUTED);
        Dashboard.IndicatorLine line = line(MAY_2026);
        assertThat(line.target()).isEqualByComparingTo("95");
        assertThat(line.met()).isTrue();
        assertThat(line.change()).isEqualByComparingTo("37");
    }

    private Dashboard.IndicatorLine line(Period period) {
        return dashboard.lines(EVERYWHERE_IN_DIEN_BIEN, IndicatorValues.UnitLevel.PROVINCE, "11", period).stream()
                .filter(l -> l.definition().equals(FEEDBACK)).findFirst().orElseThrow();
    }
}
