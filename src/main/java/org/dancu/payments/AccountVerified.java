package org.dancu.payments;

import org.dancu.civil.Pin;

/** The person's account is theirs (the bank's name matched, or an officer accepted a close match): lines may be paid into it. */
public record AccountVerified(Pin pin, long accountId, String bankBin) {
}
