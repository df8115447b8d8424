package org.dancu.banksim;

import java.util.Objects;

import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;

/**
 * A person the simulated bank holds an account for. Personal data: {@link #toString()} shows the masked ID only.
 *
 * @param alive false once the bank knows the person died: payments to them are returned (MD07)
 */
public record Holder(Pin pin, PersonName name, boolean alive) {

    public Holder {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "Holder[" + pin.masked() + "]";
    }
}
