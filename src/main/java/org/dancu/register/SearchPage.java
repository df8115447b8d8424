package org.dancu.register;

import java.util.List;

/** One page of search results and whether another follows. */
public record SearchPage(List<PersonSummary> rows, int page, boolean more) {

    public SearchPage {
        rows = List.copyOf(rows);
    }
}
