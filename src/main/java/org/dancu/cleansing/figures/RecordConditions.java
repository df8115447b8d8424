package org.dancu.cleansing.figures;

import java.util.Locale;
import java.util.Map;

import org.dancu.cleansing.Criterion;
import org.dancu.cleansing.evaluation.Verdict;
import org.dancu.security.SqlCondition;

/**
 * The conditions every figure counts records by, written once: the figures count with them and the
 * drill-down lists select with them, so a list always holds exactly the records its figure counts.
 * The query must alias the dataset {@code d} and the record {@code r}.
 */
public final class RecordConditions {

    /** The records that have verdicts; the others are in no figure (a record never evaluated has failed nothing). */
    static final SqlCondition EVALUATED = new SqlCondition("r.evaluated_at IS NOT NULL", Map.of());

    /** Records of a dataset's current version: a replaced or withdrawn version is in no figure. */
    public static final SqlCondition IN_FIGURES = new SqlCondition("d.replaced_at IS NULL AND d.withdrawn_at IS NULL",
            Map.of());

    /** Records the steering map can place: those with a commune code as recorded (theirs, else their person's). */
    static final SqlCondition PLACED = new SqlCondition("r.recorded_commune ~ '^[0-9]{5}$'", Map.of());

    /** The numerator of each sector's steering indicator. */
    static final SqlCondition ALL_FOUR = meets(Criterion.CORRECT).and(meets(Criterion.COMPLETE))
            .and(meets(Criterion.CLEAN)).and(meets(Criterion.LIVE));

    /** The rest of the denominator: records failing at least one criterion (or without a verdict on one). */
    static final SqlCondition NOT_ALL_FOUR = new SqlCondition("NOT coalesce(" + ALL_FOUR.sql() + ", false)", Map.of());

    private RecordConditions() {
    }

    /** Records meeting the criterion. */
    static SqlCondition meets(Criterion criterion) {
        return hasStatus(criterion, Verdict.Status.OK);
    }

    /** Records whose verdict on the criterion is the status (OK, FAIL or PENDING). */
    static SqlCondition hasStatus(Criterion criterion, Verdict.Status status) {
        return new SqlCondition(column(criterion) + " = '" + status.name() + "'", Map.of());
    }

    private static String column(Criterion criterion) {
        return "r." + criterion.name().toLowerCase(Locale.ROOT) + "_status";
    }
}
