package org.dancu.national;

import java.util.Map;

/**
 * One entry of the national change feed.
 *
 * @param sequence the feed position; the next read starts after the last one applied
 * @param kind     what changed: DEATH, MOVE or CORRECTION
 * @param values   the fields the change sets
 */
public record NationalChange(long sequence, String pin, String kind, String effectiveDate,
                             Map<NationalField, String> values) {

    public NationalChange {
        values = Map.copyOf(values);
    }
}
