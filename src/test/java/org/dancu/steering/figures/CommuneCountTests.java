package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.register.RegisterIndicators;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorSource;
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
 * A recount of some communes asks each source for those communes only: what it answers is what its
 * whole count holds for them, and the register and cleansing answer nothing beyond them.
 */
@SpringBootTest
class CommuneCountTests {

    private static final String OTHER_COMMUNE = "03316";

    @Autowired ApplicationContext context;
    @Autowired List<IndicatorSource> sources;
    @Autowired JdbcClient jdbc;
    @Autowired Today today;
    private Long dataset;

    @AfterEach
    void removeDataset() {
        if (dataset != null) {
            CleansingFixtures.removeDataset(jdbc, dataset);
        }
    }

    @Test
    void aSourcesCountOfSomeCommunesIsItsWholeCountOfThoseCommunes() {
        TestPerson here = CleansingFixtures.person(context, "F");
        TestPerson there = CleansingFixtures.person(context, "M");
        dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(here, here.pin(), CleansingFixtures.MUONG_THANH, "8600000071")
                + CleansingFixtures.taxRow(there, there.pin(), OTHER_COMMUNE, "8600000072"));
        List<Period> month = List.of(Period.containing(PeriodType.MONTH, today.date()));
        Set<String> communes = Set.of(CleansingFixtures.MUONG_THANH);

        for (IndicatorSource source : sources) {
            for (String indicator : source.indicators()) {
                List<IndicatorCount> whole = source.count(indicator, month);
                List<IndicatorCount> some = source.count(indicator, month, communes);
                assertThat(within(some, communes)).as(indicator).containsExactlyInAnyOrderElementsOf(within(whole, communes));
            }
        }
        for (String indicator : List.of(RegisterIndicators.VALID_PIN, CleansingIndicators.TAX)) {
            IndicatorSource source = sources.stream().filter(s -> s.indicators().contains(indicator)).findFirst()
                    .orElseThrow();
            List<IndicatorCount> whole = source.count(indicator, month);
            assertThat(within(whole, communes)).as(indicator + " counts in the communes").isNotEmpty()
                    .hasSizeLessThan(whole.size());
            assertThat(source.count(indicator, month, communes)).as(indicator + " counted only in the communes")
                    .containsExactlyInAnyOrderElementsOf(within(whole, communes));
        }
    }

    /** The counts a recount of the communes keeps: recorded in one of them, or now in one of them. */
    private static List<IndicatorCount> within(List<IndicatorCount> counts, Set<String> communes) {
        return counts.stream()
                .filter(c -> communes.contains(c.communeCode())
                        || c.currentCommuneCode() != null && communes.contains(c.currentCommuneCode()))
                .toList();
    }
}
