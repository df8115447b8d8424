package org.dancu.register;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.dancu.civil.Pin;

/**
 * A correction request as the citizen and the module answering them see it.
 *
 * @param proposed    each field the citizen says is wrong and its right value, as the register stores it
 * @param recorded    what the record said of those fields when the citizen asked (null where it said nothing)
 * @param language    the language the citizen wrote in
 * @param decidedAt   when it was accepted, rejected or withdrawn; null while open
 * @param reason      why it was rejected; null otherwise
 */
public record CorrectionRequestView(long id, Pin citizen, Instant submittedAt, CorrectionState state,
                                    Map<PersonField, String> proposed, Map<PersonField, String> recorded,
                                    String explanation, Locale language, Instant decidedAt, String reason) {

    public CorrectionRequestView {
        proposed = copy(proposed);
        recorded = copy(recorded);
    }

    /** A copy in the fields' order; a field the record left empty keeps its null. */
    private static Map<PersonField, String> copy(Map<PersonField, String> values) {
        Map<PersonField, String> copy = new EnumMap<>(PersonField.class);
        copy.putAll(values);
        return Collections.unmodifiableMap(copy);
    }
}
