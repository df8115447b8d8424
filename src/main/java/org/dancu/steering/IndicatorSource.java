package org.dancu.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A module that declares some indicators of the {@link IndicatorCatalogue} and counts their
 * numerators and denominators. Implementations are Spring beans; the steering module finds them all,
 * lists their definitions and calls them when indicators are recomputed. Counts carry no personal
 * data: only totals per commune, agency and period.
 */
public interface IndicatorSource {

    /** The indicators this source declares and counts, their wording in its module's message bundle. */
    List<IndicatorDefinition> definitions();

    /** The codes of its {@link #definitions()}. */
    default Set<String> indicators() {
        return definitions().stream().map(IndicatorDefinition::code).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Can this source still count the period? The default suits a source that sees only the present
     * state (how complete the register is now): it answers only for the period under way, so the
     * figures of closed periods stay as they were computed then. A source of dated events can count
     * any period that has begun and says so.
     */
    default boolean measures(Period period, LocalDate today) {
        return period.contains(today);
    }

    /**
     * The counts of one indicator for each of the periods, which are all periods this source
     * {@link #measures measures}. A period without any count shows "no data yet".
     *
     * @param indicator one of {@link #indicators()}
     */
    List<IndicatorCount> count(String indicator, List<Period> periods);

    /**
     * The counts of the records carrying one of the commune codes, as recorded or as their current
     * commune, for a recount after a change that touched only those communes. Steering keeps only
     * such counts, so returning more is harmless: the default counts everything. A source that can
     * select by commune cheaply should, as that is where a recount spends its time.
     *
     * @param communes commune codes, old and current
     */
    default List<IndicatorCount> count(String indicator, List<Period> periods, Set<String> communes) {
        return count(indicator, periods);
    }

    /**
     * Where the records behind the indicator's figure of a unit are listed: a current commune (its
     * code) or the whole province (null). Empty when this source lists no records for it.
     *
     * @param indicator one of {@link #indicators()}
     */
    default Optional<RecordLinks> records(String indicator, String communeCode) {
        return Optional.empty();
    }

    /**
     * Where the records behind the indicator's figure of a unit in a period still open are listed. A
     * source of dated records lists those of the period, so the list's totals are that period's figure;
     * the default, for a source of present state, lists the records as {@link #records(String, String)} does.
     *
     * @param indicator one of {@link #indicators()}
     * @param period    the period the figure is of, one that contains today
     */
    default Optional<RecordLinks> records(String indicator, String communeCode, Period period) {
        return records(indicator, communeCode);
    }
}
