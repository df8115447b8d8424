package org.dancu.steering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dancu.locality.Localities;
import org.dancu.register.internal.RegisterTestData;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's history as stored, on the tests' register: a demo month has a row for every old
 * commune with residents, marked demo, and the old communes of each current commune and the old
 * districts add up to it, for every indicator of the demo.
 */
@SpringBootTest
class DemoSteeringTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired FactWriter writer;
    @Autowired Tasks tasks;
    @Autowired Recompute recompute;
    @Autowired Today today;
    @Autowired Localities localities;

    @AfterEach
    void removeDemoHistory() {
        jdbc.sql("DELETE FROM steering.indicator_value WHERE origin = 'DEMO'").update();
        recompute.all();
    }

    @Test
    void everyOldCommuneHasADemoRowAndTheyAddUpToTheirCurrentCommuneAndDistrict() throws Exception {
        RegisterTestData.ensureLoaded(context);
        recompute.all();
        long oldCommunesWithResidents = jdbc.sql("""
                        SELECT count(*) FROM steering.indicator_value WHERE indicator_code = :indicator
                          AND period_code = :period AND unit_level = 'OLD_COMMUNE' AND agency_code = ''""")
                .param("indicator", IndicatorCatalogue.REG_VALID_PIN)
                .param("period", Period.containing(PeriodType.MONTH, today.date()).code()).query(Long.class).single();

        new DemoSteering(jdbc, writer, tasks, recompute, today, localities).seedHistory(today.date());

        String month = Period.containing(PeriodType.MONTH, today.date().minusMonths(3)).code();
        List<String> indicators = jdbc.sql("""
                        SELECT DISTINCT indicator_code FROM steering.indicator_value WHERE period_code = :period""")
                .param("period", month).query(String.class).list();
        assertThat(indicators).hasSize(9);
        for (String indicator : indicators) {
            Map<String, Object> check = jdbc.sql("""
                            WITH v AS (SELECT unit_level, unit_code, numerator, denominator, origin
                                       FROM steering.indicator_value
                                       WHERE indicator_code = :indicator AND period_code = :period AND agency_code = '')
                            SELECT (SELECT count(*) FROM v WHERE unit_level = 'OLD_COMMUNE') AS old_communes,
                                   (SELECT count(*) FROM v WHERE origin <> 'DEMO') AS not_demo,
                                   (SELECT count(*) FROM v c WHERE c.unit_level = 'COMMUNE'
                                      AND array[c.numerator, c.denominator] IS DISTINCT FROM (
                                          SELECT array[sum(o.numerator), sum(o.denominator)]
                                          FROM v o JOIN locality.commune_succession s ON s.old_code = o.unit_code
                                          WHERE o.unit_level = 'OLD_COMMUNE' AND s.new_code = c.unit_code))
                                       AS communes_unlike_their_old_communes,
                                   (SELECT array[sum(denominator)] FROM v WHERE unit_level = 'OLD_DISTRICT')
                                       = (SELECT array[denominator] FROM v WHERE unit_level = 'PROVINCE')
                                       AS districts_make_the_province""")
                    .param("indicator", indicator).param("period", month).query().singleRow();
            assertThat(check).as(indicator).containsEntry("old_communes", oldCommunesWithResidents)
                    .containsEntry("not_demo", 0L).containsEntry("communes_unlike_their_old_communes", 0L)
                    .containsEntry("districts_make_the_province", true);
        }
    }
}
