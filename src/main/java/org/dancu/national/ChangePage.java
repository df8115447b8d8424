package org.dancu.national;

import java.util.List;

/** Changes after a cursor, oldest first, and the cursor to ask from next time. */
public record ChangePage(List<NationalChange> changes, long nextCursor) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
