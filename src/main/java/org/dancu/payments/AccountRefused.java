package org.dancu.payments;

import org.dancu.civil.Pin;

/** An officer refused an account whose holder's name only came close to the register's: nothing is paid into it. */
public record AccountRefused(Pin pin, long accountId) {
}
