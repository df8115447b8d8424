package org.dancu.results.digitising;

/**
 * A request on the digitising work that cannot be carried out (a file that is not a scan, the same
 * digitiser entering twice, a spot-checker checking their own entry, a record in the wrong state …);
 * the message key says why in the officer's language, and nothing was changed.
 */
public class DigitisingRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DigitisingRefusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
