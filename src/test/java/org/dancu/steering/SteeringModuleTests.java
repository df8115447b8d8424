package org.dancu.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Steering bootstrapped with the modules it depends on only, and an indicator source of the test's own
 * in place of the modules that feed it: an event saying that the counted data of a commune changed
 * makes steering recount that commune alone and store its figure.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class SteeringModuleTests {

    static final String INDICATOR = "STEERING_MODULE_TEST";
    static final String MUONG_THANH = "03334";

    /** Counts one of two records in Mường Thanh in every period, and remembers the communes each recount named. */
    static class OneOfTwo implements IndicatorSource {

        final List<Set<String>> recountedCommunes = new CopyOnWriteArrayList<>();

        @Override
        public List<IndicatorDefinition> definitions() {
            return List.of(new IndicatorDefinition(INDICATOR, 100, "CONG_AN", "steering", 999));
        }

        @Override
        public List<IndicatorCount> count(String indicator, List<Period> periods) {
            return periods.stream().map(p -> new IndicatorCount(p, MUONG_THANH, MUONG_THANH, null, 1, 2)).toList();
        }

        @Override
        public List<IndicatorCount> count(String indicator, List<Period> periods, Set<String> communes) {
            recountedCommunes.add(communes);
            return count(indicator, periods);
        }
    }

    @TestConfiguration
    static class Source {
        @Bean
        OneOfTwo oneOfTwo() {
            return new OneOfTwo();
        }
    }

    record CommuneChanged(Set<String> communes) implements CountedDataChanged {
    }

    @Autowired OneOfTwo source;
    @Autowired JdbcClient jdbc;

    /** The test's indicator leaves the shared database with it. */
    @AfterEach
    void removeFigures() {
        jdbc.sql("DELETE FROM steering.indicator_value WHERE indicator_code = :code").param("code", INDICATOR).update();
    }

    private List<Map<String, Object>> monthsOfMuongThanh() {
        return jdbc.sql("""
                        SELECT numerator, denominator FROM steering.indicator_value WHERE indicator_code = :code
                        AND unit_level = 'COMMUNE' AND unit_code = :commune AND period_type = 'MONTH'""")
                .param("code", INDICATOR).param("commune", MUONG_THANH).query().listOfRows();
    }

    @Test
    void aChangeInACommuneIsRecountedForThatCommune(Scenario scenario) {
        removeFigures();
        scenario.publish(new CommuneChanged(Set.of(MUONG_THANH))).andWaitAtMost(Duration.ofMinutes(1))
                .andWaitForStateChange(() -> source.recountedCommunes.stream().anyMatch(c -> c.contains(MUONG_THANH)))
                .andVerify(recounted -> assertThat(source.recountedCommunes).allSatisfy(
                        communes -> assertThat(communes).contains(MUONG_THANH).doesNotContain("03316")));

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(monthsOfMuongThanh()).isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(((Number) row.get("numerator")).intValue()).isEqualTo(1);
                    assertThat(((Number) row.get("denominator")).intValue()).isEqualTo(2);
                }));
    }
}
