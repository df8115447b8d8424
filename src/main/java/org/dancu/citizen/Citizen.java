package org.dancu.citizen;

import java.util.Objects;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.PersonName;

/** The person signed in with the e-ID, as its provider identified them. */
public record Citizen(Pin pin, PersonName name, PartialDate birthDate, EidLevel level) {

    public Citizen {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
