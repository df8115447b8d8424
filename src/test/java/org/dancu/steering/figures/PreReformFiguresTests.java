package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.register.RegisterIndicators;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Scope;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.internal.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pre-2025 view of the figures on the tests' register and a tax dataset: every old commune has
 * its row, including the 45 whose codes the current communes reuse, the old communes of a current
 * commune add up to it for every indicator, the old districts are shown and add up to their
 * communes, and the province is its current communes plus the unattributed.
 */
@SpringBootTest
class PreReformFiguresTests {

    private static final Scope PROVINCE = new Scope("11", null);
    /** Old commune Mường Thanh, whose code the current Phường Mường Thanh reuses. */
    private static final String REUSED = "03334";
    /** Old commune Noong Bua, which went into the current Phường Mường Thanh. */
    private static final String OLD_ONLY = "03124";
    private static final List<String> INDICATORS = List.of(RegisterIndicators.VALID_PIN,
            RegisterIndicators.COMPLETE, CleansingIndicators.TAX);

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired Recompute recompute;
    @Autowired IndicatorValues values;
    @Autowired Localities localities;
    private Long dataset;

    @AfterEach
    void removeDataset() {
        if (dataset != null) {
            CleansingFixtures.removeDataset(jdbc, dataset);
            recompute.all();
        }
    }

    @Test
    void everyOldCommuneAndDistrictHasItsRowAndTheyAddUpToTheirSuccessorForEveryIndicator() throws Exception {
        RegisterTestData.ensureLoaded(context);
        TestPerson inReused = CleansingFixtures.person(context, "M");
        TestPerson inOldOnly = CleansingFixtures.person(context, "F");
        TestPerson placedByLink = CleansingFixtures.person(context, "M");
        dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(inReused, inReused.pin(), REUSED, "8600000091")
                + CleansingFixtures.taxRow(inOldOnly, inOldOnly.pin(), OLD_ONLY, "8600000092")
                + CleansingFixtures.taxRow(placedByLink, placedByLink.pin(), "", "8600000093"));
        recompute.all();
        Period month = Period.containing(PeriodType.MONTH, context.getBean(Today.class).date());

        Map<String, Long> residents = new HashMap<>();
        jdbc.sql("""
                        SELECT commune_code, count(*) FROM register.person WHERE alive AND resident
                          AND commune_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = '11')
                        GROUP BY commune_code""")
                .query(rs -> {
                    residents.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, StoredValue> oldRegister = rows(RegisterIndicators.VALID_PIN, IndicatorValues.UnitLevel.OLD_COMMUNE,
                month);
        assertThat(residents).containsKey(REUSED);
        residents.forEach((code, count) -> assertThat(oldRegister.get(code))
                .as("old commune %s, living residents as the register records them", code).isNotNull()
                .extracting(v -> v.denominator().longValue()).isEqualTo(count));

        Map<String, StoredValue> oldTax = rows(CleansingIndicators.TAX, IndicatorValues.UnitLevel.OLD_COMMUNE, month);
        assertThat(oldTax).as("tax records in an old commune whose code a current commune reuses, given or by the link")
                .containsKey(REUSED);
        assertThat(oldTax.get(REUSED).denominator()).isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
        assertThat(oldTax).containsKey(OLD_ONLY);

        for (String indicator : INDICATORS) {
            Map<String, StoredValue> current = rows(indicator, IndicatorValues.UnitLevel.COMMUNE, month);
            Map<String, StoredValue> old = rows(indicator, IndicatorValues.UnitLevel.OLD_COMMUNE, month);
            Map<String, StoredValue> districts = rows(indicator, IndicatorValues.UnitLevel.OLD_DISTRICT, month);
            assertThat(current).as(indicator).isNotEmpty();
            current.forEach((code, value) -> assertThat(sum(old, localities.predecessors(code).stream()
                    .map(AdministrativeUnit::code).toList()))
                    .as("%s: the old communes of %s", indicator, code)
                    .containsExactly(value.numerator().longValue(), value.denominator().longValue()));
            assertThat(districts).as("%s: old districts shown to the province", indicator).isNotEmpty();
            districts.forEach((code, value) -> assertThat(sum(old, localities.children(code,
                    Localities.REFORM_2025.minusDays(1)).stream().map(AdministrativeUnit::code).toList()))
                    .as("%s: the communes of district %s", indicator, code)
                    .containsExactly(value.numerator().longValue(), value.denominator().longValue()));
            StoredValue province = rows(indicator, IndicatorValues.UnitLevel.PROVINCE, month).get("11");
            long[] communes = sum(current, List.copyOf(current.keySet()));
            long[] unattributed = sum(rows(indicator, IndicatorValues.UnitLevel.UNATTRIBUTED, month), List.of("11"));
            assertThat(new long[] {communes[0] + unattributed[0], communes[1] + unattributed[1]}).as(indicator)
                    .containsExactly(province.numerator().longValue(), province.denominator().longValue());
            assertThat(sum(old, List.copyOf(old.keySet()))).as("%s: the old communes make the province", indicator)
                    .containsExactly(province.numerator().longValue(), province.denominator().longValue());
        }
    }

    @Test
    void aDistrictOfficerSeesTheirDistrictAndOnlyWhatLiesWhollyInItACommuneOfficerNoDistrict() throws Exception {
        RegisterTestData.ensureLoaded(context);
        recompute.all();
        Period month = Period.containing(PeriodType.MONTH, context.getBean(Today.class).date());
        String indicator = RegisterIndicators.VALID_PIN;
        Scope district = new Scope("094", null);
        assertThat(values.ranking(district, indicator, IndicatorValues.UnitLevel.OLD_DISTRICT, month))
                .extracting(StoredValue::unitCode).containsExactly("094");
        assertThat(values.ranking(district, indicator, IndicatorValues.UnitLevel.OLD_COMMUNE, month)).isNotEmpty()
                .allSatisfy(v -> assertThat(localities.formerCommune(v.unitCode()).orElseThrow().unit().parentCode())
                        .isEqualTo("094"));
        assertThat(values.ranking(district, indicator, IndicatorValues.UnitLevel.COMMUNE, month))
                .allSatisfy(v -> assertThat(localities.predecessors(v.unitCode()))
                        .allSatisfy(old -> assertThat(old.parentCode()).isEqualTo("094")));
        assertThat(values.ranking(district, indicator, IndicatorValues.UnitLevel.PROVINCE, month)).isEmpty();

        Scope commune = new Scope(REUSED, null);
        assertThat(values.ranking(commune, indicator, IndicatorValues.UnitLevel.OLD_DISTRICT, month)).isEmpty();
        assertThat(values.ranking(commune, indicator, IndicatorValues.UnitLevel.PROVINCE, month)).isEmpty();
        assertThat(values.ranking(commune, indicator, IndicatorValues.UnitLevel.COMMUNE, month))
                .extracting(StoredValue::unitCode).containsExactly(REUSED);
        assertThat(values.ranking(commune, indicator, IndicatorValues.UnitLevel.OLD_COMMUNE, month))
                .extracting(StoredValue::unitCode).contains(REUSED, OLD_ONLY);
    }

    /** The rows of one level the province's officers see, by unit code. */
    private Map<String, StoredValue> rows(String indicator, IndicatorValues.UnitLevel level, Period period) {
        Map<String, StoredValue> rows = new HashMap<>();
        values.ranking(PROVINCE, indicator, level, period).forEach(v -> rows.put(v.unitCode(), v));
        return rows;
    }

    private static long[] sum(Map<String, StoredValue> rows, List<String> codes) {
        long[] sum = new long[2];
        codes.stream().map(rows::get).filter(v -> v != null).forEach(v -> {
            sum[0] += v.numerator().longValue();
            sum[1] += v.denominator().longValue();
        });
        return sum;
    }
}
