package org.dancu.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module that counts numerators and denominators for some indicators of the
 * {@link IndicatorCatalogue}. Implementations are Spring beans; the steering module finds them all
 * and calls them when indicators are recomputed. Counts carry no personal data: only totals per
 * commune, agency and period.
 */
public interface IndicatorSource {

    /** The catalogue codes this source counts, for example {@link IndicatorCatalogue#REG_VALID_PIN}. */
    Set<String> indicators();

    /**
     * Can this source still count the period? The default suits sources of dated events (any period
     * that has begun). A source that can only see the present state (how complete the register is
     * now) answers only for periods not yet over, so the figures of closed periods stay as they were
     * computed then.
     */
    default boolean measures(Period period, LocalDate today) {
        return !period.firstDay().isAfter(today);
    }

    /**
     * The counts of one indicator for each of the periods, which are all periods this source
     * {@link #measures measures}. A period without any count shows "no data yet".
     *
     * @param indicator one of {@link #indicators()}
     */
    List<IndicatorCount> count(String indicator, List<Period> periods);

    /**
     * Where the records behind the indicator's figure of a unit are listed: a current commune (its
     * code) or the whole province (null). Empty when this source lists no records for it.
     *
     * @param indicator one of {@link #indicators()}
     */
    default Optional<RecordLinks> records(String indicator, String communeCode) {
        return Optional.empty();
    }
}
