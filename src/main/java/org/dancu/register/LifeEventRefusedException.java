package org.dancu.register;

/**
 * A life event the register does not accept; nothing was changed. {@link #messageKey()} names the
 * translated reason ({@code register.event.error.*}), {@link #field()} the form field it concerns,
 * or null when it concerns the event as a whole.
 */
public class LifeEventRefusedException extends RuntimeException {

    private final String messageKey;
    private final String field;

    public LifeEventRefusedException(String messageKey, String field) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
    }

    public LifeEventRefusedException(String messageKey) {
        this(messageKey, null);
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
