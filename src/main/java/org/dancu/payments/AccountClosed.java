package org.dancu.payments;

import org.dancu.civil.Pin;

/** The person's account was given up for another one they linked: nothing more is paid into it. */
public record AccountClosed(Pin pin, long accountId) {
}
