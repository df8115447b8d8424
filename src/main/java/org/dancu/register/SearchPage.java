package org.dancu.register;

import java.util.List;

/**
 * One page of search results, whether another follows, and how many persons were found in all.
 *
 * @param found every person the search finds, counted up to {@link #COUNT_LIMIT}; above it the
 *              count stops at {@code COUNT_LIMIT + 1} (see {@link #foundMore()})
 */
public record SearchPage(List<PersonSummary> rows, int page, boolean more, int found) {

    /** A count above it is not finished: a common syllable matches a third of the register. */
    public static final int COUNT_LIMIT = 1_000;

    public SearchPage {
        rows = List.copyOf(rows);
    }

    /** Whether more than {@link #COUNT_LIMIT} persons were found, so {@link #found()} is a floor. */
    public boolean foundMore() {
        return found > COUNT_LIMIT;
    }
}
