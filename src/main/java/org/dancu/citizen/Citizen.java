package org.dancu.citizen;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.PersonName;

/**
 * The person signed in with the e-ID, as its provider identified them. Serializable because the
 * signed-in citizen lives in the session, which is stored in the database so that any instance
 * serves the next request; it travels as its text form and is parsed again, so the civil types'
 * rules hold for what is read back.
 */
public record Citizen(Pin pin, PersonName name, PartialDate birthDate, EidLevel level) implements Serializable {

    public Citizen {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    @Serial
    private Object writeReplace() {
        return new Stored(pin.value(), name.family(), name.middle(), name.given(),
                birthDate == null ? null : birthDate.toString(), level);
    }

    private record Stored(String pin, String family, String middle, String given, String birthDate, EidLevel level)
            implements Serializable {

        @Serial
        private Object readResolve() {
            return new Citizen(Pin.of(pin), PersonName.of(family, middle, given),
                    birthDate == null ? null : PartialDate.parse(birthDate).orElseThrow(), level);
        }
    }
}
