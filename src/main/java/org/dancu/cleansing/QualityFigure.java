package org.dancu.cleansing;

/**
 * One group's figures: the number of records (the denominator of every share), how many meet each
 * criterion (the numerators), and how the linked ones were linked.
 *
 * @param key    what the group is: a commune code, a sector name, an agency code or a dataset id
 * @param records records in the group
 */
public record QualityFigure(String key, long records, long correct, long complete, long clean, long live,
                            long linkedAutomatically, long linkedByReview) {

    /** The count meeting a criterion. */
    public long meeting(Criterion criterion) {
        return switch (criterion) {
            case CORRECT -> correct;
            case COMPLETE -> complete;
            case CLEAN -> clean;
            case LIVE -> live;
        };
    }

    /** Share in percent, 0 when there are no records. */
    public double percent(Criterion criterion) {
        return records == 0 ? 0 : 100.0 * meeting(criterion) / records;
    }
}
