package org.dancu.register;

import java.time.Instant;
import java.util.List;

/**
 * The living residents in the signed-in officer's scope (the scope is in the SQL) by current commune,
 * by five-year age group and sex (a population pyramid) and by ethnicity, from one query. Counts only:
 * nothing is read about any one person, so nothing is audited. Figures are kept for a few minutes per
 * scope and say when they were computed.
 */
public interface PopulationTotals {

    /** The totals of the current officer's scope; all zero for a scope that holds no one. */
    Totals totals();

    /** One group and its count; {@code key} is a current commune code, an ethnicity code, or an age group's first year. */
    record Count(String key, long persons) {
    }

    /** One five-year age group (the last one open: 80 and over) by sex. */
    record AgeGroup(int fromAge, long male, long female, long unknown) {
    }

    /**
     * @param residents  living residents in the scope
     * @param communes   by current commune, largest first
     * @param ages       by age group, youngest first
     * @param ethnicities by ethnicity code, largest first
     * @param computedAt when the figures were computed
     */
    record Totals(long residents, List<Count> communes, List<AgeGroup> ages, List<Count> ethnicities,
                  Instant computedAt) {

        public Totals {
            communes = List.copyOf(communes);
            ages = List.copyOf(ages);
            ethnicities = List.copyOf(ethnicities);
        }
    }
}
