package org.dancu.national;

/**
 * The national database did not answer usefully: its circuit is open after repeated failures, or
 * every allowed attempt failed (timeouts, 5xx, dropped connections). Nothing was changed locally.
 */
public class NationalUnavailableException extends RuntimeException {

    public NationalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
