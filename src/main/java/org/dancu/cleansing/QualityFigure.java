package org.dancu.cleansing;

/**
 * One group's figures: the number of records (the denominator of every share), how many meet each
 * criterion and how many meet all four (the numerators), and how the linked ones were linked.
 *
 * @param key     what the group is: a commune code, a sector name, an agency code or a dataset id
 * @param records records in the group
 * @param allFour records meeting all four criteria: the numerator of the sector's steering indicator
 */
public record QualityFigure(String key, long records, long correct, long complete, long clean, long live,
                            long allFour, long linkedAutomatically, long linkedByReview) {

    /** The figures of a group without records. */
    public static QualityFigure none(String key) {
        return new QualityFigure(key, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The count meeting a criterion. */
    public long meeting(Criterion criterion) {
        return switch (criterion) {
            case CORRECT -> correct;
            case COMPLETE -> complete;
            case CLEAN -> clean;
            case LIVE -> live;
        };
    }

    /** Share meeting all four criteria in percent, 0 when there are no records. */
    public double percentAllFour() {
        return records == 0 ? 0 : 100.0 * allFour / records;
    }

    /** Share in percent, 0 when there are no records. */
    public double percent(Criterion criterion) {
        return records == 0 ? 0 : 100.0 * meeting(criterion) / records;
    }
}
