package org.dancu.national;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the province stands in the national change feed.
 *
 * @param cursor     the last change taken (applied or skipped)
 * @param skipped    changes the register could not take, listed for officers
 * @param caughtUpAt the last time the whole feed had been read, or null if never
 */
public record FeedStatus(long cursor, long applied, long skipped, Instant polledAt, Instant caughtUpAt) {

    /** How far behind the national database the register may be: the time since the feed was last read to its end. */
    public Duration lag(Instant now) {
        return caughtUpAt == null ? null : Duration.between(caughtUpAt, now);
    }
}
