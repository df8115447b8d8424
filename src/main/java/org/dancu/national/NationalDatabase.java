package org.dancu.national;

import java.util.Map;
import java.util.Optional;

/** The National Population Database as the province sees it. Calls may be slow; each retries and fails cleanly. */
public interface NationalDatabase {

    /** The most persons one {@link #verifyBatch} call may carry. */
    int MAX_BATCH = 1_000;

    /**
     * Does the national database agree with each value? An unknown ID agrees with nothing.
     *
     * @throws NationalUnavailableException when no useful answer came
     */
    Map<NationalField, Boolean> verify(String pin, Map<NationalField, String> values);

    /**
     * {@link #verify} for up to {@link #MAX_BATCH} persons in one call: personal ID to the values to
     * check, answered by personal ID.
     *
     * @throws IllegalArgumentException     when the batch is empty or too large; nothing is sent
     * @throws NationalUnavailableException when no useful answer came
     */
    Map<String, Map<NationalField, Boolean>> verifyBatch(Map<String, Map<NationalField, String>> persons);

    /** The person holding the ID, or empty when the national database has none. */
    Optional<NationalPerson> fetch(String pin);

    /** At most {@code limit} changes after {@code cursor} (0 = from the start). */
    ChangePage changesSince(long cursor, int limit);
}
