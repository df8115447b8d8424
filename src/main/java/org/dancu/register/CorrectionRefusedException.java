package org.dancu.register;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A correction request, or a decision on one, that the register does not accept; nothing was changed.
 * {@link #messageKey()} names the first reason ({@code register.correction.error.*}, or the life
 * events' and the import's key for the same rule), {@link #problems()} every form field with its reason
 * (a field's name, {@code explanation}, or none for the request as a whole).
 */
public class CorrectionRefusedException extends RuntimeException {

    private final String messageKey;
    private final Map<String, String> problems;

    public CorrectionRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
        this.problems = Map.of();
    }

    /** @param problems each form field with a problem and its reason's message key, the first first */
    public CorrectionRefusedException(Map<String, String> problems) {
        super(problems.toString());
        this.messageKey = problems.values().iterator().next();
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public String messageKey() {
        return messageKey;
    }

    /** Every form field with a problem and its reason's message key; empty for a refusal of the whole request. */
    public Map<String, String> problems() {
        return problems;
    }
}
