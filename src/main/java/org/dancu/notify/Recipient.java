package org.dancu.notify;

import java.util.Locale;
import java.util.Objects;

import org.dancu.civil.Pin;

/** Who a message is for, and the language it is written in. */
public sealed interface Recipient {

    Locale VIETNAMESE = Locale.forLanguageTag("vi");

    Locale language();

    /** A citizen of the register; phone and e-mail come from the register when the message is sent. */
    static Citizen citizen(Pin pin) {
        return new Citizen(pin, VIETNAMESE);
    }

    /** An officer by staff account; officers are told things in their inbox only. */
    static Officer officer(long staffAccountId) {
        return new Officer(staffAccountId, VIETNAMESE);
    }

    record Citizen(Pin pin, Locale language) implements Recipient {
        public Citizen {
            Objects.requireNonNull(pin, "pin");
            language = Languages.supported(language);
        }

        public Citizen in(Locale other) {
            return new Citizen(pin, other);
        }
    }

    record Officer(long staffAccountId, Locale language) implements Recipient {
        public Officer {
            if (staffAccountId <= 0) {
                throw new IllegalArgumentException("a staff account id is positive");
            }
            language = Languages.supported(language);
        }

        public Officer in(Locale other) {
            return new Officer(staffAccountId, other);
        }
    }
}
