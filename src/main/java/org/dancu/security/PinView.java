package org.dancu.security;

import org.dancu.civil.Pin;

/**
 * How a staff member sees the register's IDs: whole when their role
 * {@linkplain Role#keepsPopulationData() keeps population data}, masked otherwise. Pages, exports and
 * review lists all show IDs through it, so the rule lives in one place.
 */
public record PinView(boolean whole) {

    /** The ID as this staff member sees it; text without an ID's shape (a record number, a name) is left as it is. */
    public String of(String pin) {
        return whole || !Pin.hasShape(pin) ? pin : Pin.mask(pin);
    }
}
