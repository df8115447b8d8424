package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dancu.locality.Localities;
import org.dancu.register.RegisterIndicators;
import org.dancu.steering.DemoPlan;
import org.dancu.register.RegisterTestData;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.internal.Today;
import org.dancu.steering.tasks.TaskDecisions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's history as stored, on the tests' register: a demo month has a row for every old
 * commune with residents, marked demo, and the old communes of each current commune add up to it and
 * the old districts to the province, for every indicator of the demo.
 */
@SpringBootTest
class DemoSteeringTests {

    @Autowired IndicatorCatalogue catalogue;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired FactWriter writer;
    @Autowired TaskDecisions tasks;
    @Autowired Recompute recompute;
    @Autowired Today today;
    @Autowired Localities localities;
    @Autowired DemoPlan plan;

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
                .param("indicator", RegisterIndicators.VALID_PIN)
                .param("period", Period.containing(PeriodType.MONTH, today.date()).code()).query(Long.class).single();

        new DemoSteering(jdbc, writer, tasks, recompute, today, localities, catalogue, plan).seedHistory(today.date());

        String month = Period.containing(PeriodType.MONTH, today.date().minusMonths(3)).code();
        List<String> indicators = jdbc.sql("""
                        SELECT DISTINCT indicator_code FROM steering.indicator_value
                        WHERE period_code = :period AND origin = 'DEMO'""")
                .param("period", month).query(String.class).list();
        assertThat(indicators).hasSize(7);
        for (String indicator : indicators) {
            StoredSums.assertAddUp(jdbc, indicator, month);
            assertThat(jdbc.sql("""
                            SELECT count(*) FILTER (WHERE unit_level = 'OLD_COMMUNE'), count(*) FILTER (WHERE origin <> 'DEMO')
                            FROM steering.indicator_value
                            WHERE indicator_code = :indicator AND period_code = :period AND agency_code = ''""")
                    .param("indicator", indicator).param("period", month)
                    .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                    .as("%s: old communes with a row, rows not marked demo", indicator)
                    .containsExactly(oldCommunesWithResidents, 0L);
        }
    }
}
