package org.dancu.register;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A life event the register does not accept; nothing was changed. {@link #messageKey()} names the
 * translated reason ({@code register.event.error.*} or the import's {@code register.import.detail.*}
 * for the same rule), {@link #field()} the form field it concerns, or null when it concerns the event
 * as a whole. {@link #problems()} holds every field's reason when several fields are wrong.
 */
public class LifeEventRefusedException extends RuntimeException {

    private final Map<String, String> problems;
    private final String messageKey;
    private final String field;

    public LifeEventRefusedException(String messageKey, String field) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.problems = field == null ? Map.of() : Map.of(field, messageKey);
    }

    public LifeEventRefusedException(String messageKey) {
        this(messageKey, null);
    }

    /** @param problems each form field with a problem and its reason's message key, the first first */
    public LifeEventRefusedException(Map<String, String> problems) {
        super(problems.toString());
        Map.Entry<String, String> first = problems.entrySet().iterator().next();
        this.messageKey = first.getValue();
        this.field = first.getKey();
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    /** Every form field with a problem and its reason's message key; empty for a refusal of the whole event. */
    public Map<String, String> problems() {
        return problems;
    }
}
