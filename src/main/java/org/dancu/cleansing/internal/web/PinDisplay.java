package org.dancu.cleansing.internal.web;

import org.dancu.civil.Pin;

/**
 * How the review page shows the register's IDs of candidates: whole to those who
 * {@linkplain org.dancu.security.Role#keepsPopulationData() keep population data}, masked to the
 * others, who compare through the explanation's ID level instead of the digits.
 */
public record PinDisplay(boolean whole) {

    public String of(String pin) {
        return whole ? pin : Pin.mask(pin);
    }
}
