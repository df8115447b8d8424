package org.dancu.exchange;

/** A consent that cannot be granted or revoked as asked; nothing was changed, the refusal is audited. */
public class ConsentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, each with its wording {@code exchange.consent.refused.<code>} in both languages. */
    public enum Reason {
        UNKNOWN_PARTNER("unknown-partner"),
        PURPOSE_NOT_ALLOWED("purpose"),
        NO_ATTRIBUTE("no-attribute"),
        ATTRIBUTE_NOT_ALLOWED("attribute"),
        DATE_PAST("date-past"),
        DATE_TOO_FAR("date-too-far"),
        NO_SUCH_CONSENT("no-such-consent");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The message that tells a person why, in the exchange bundle. */
        public String messageKey() {
            return "exchange.consent.refused." + code;
        }
    }

    private final transient Reason reason;

    public ConsentRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
