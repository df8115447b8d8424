package org.dancu.payments.iso;

import org.dancu.payments.PaymentRefusedException;

/**
 * An ISO 20022 message does not follow its schema (or is not XML at all): refused, nothing read. The
 * arguments are the message's version, the line and the parser's own description of the fault.
 */
public class IsoSchemaException extends PaymentRefusedException {

    public IsoSchemaException(IsoMessageType type, int line, String detail) {
        super("payments.iso.invalid", type.version(), line, detail);
    }
}
