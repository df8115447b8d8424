package org.dancu.results.sharing;

/** A share or a withdrawal refused, with the message key saying why in the reader's language; nothing changed. */
public class SharingRefused extends RuntimeException {

    private final String messageKey;

    public SharingRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
