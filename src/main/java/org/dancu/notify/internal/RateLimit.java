package org.dancu.notify.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * At most {@code perRecipient} SMS (and as many e-mails) to one recipient within {@code window}; a
 * message over the limit waits its turn ({@link #deferral()}), it is not dropped. The inbox has no limit.
 */
record RateLimit(@DefaultValue("10") @Min(1) int perRecipient, @DefaultValue("1h") @NotNull Duration window) {

    /** How long a message over the limit waits before it is looked at again. */
    Duration deferral() {
        return window.dividedBy(perRecipient);
    }
}
