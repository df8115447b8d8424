package org.dancu.eidsim;

import java.util.Objects;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;

/**
 * A person the simulated provider can sign in: what its ID token says of them, and the phone its
 * one-time code "goes" to. Personal data: {@link #toString()} shows the masked ID only.
 *
 * @param birthDate to the precision known, may be null
 * @param phone     may be null: the code is then "sent" to no number, as a provider without one would refuse
 */
public record Identity(Pin pin, PersonName name, PartialDate birthDate, String phone) {

    public Identity {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(name, "name");
    }

    /** {@code 0912345678} → {@code 091*****78}: how the provider names the phone it sent the code to. */
    public String maskedPhone() {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 5 ? "*".repeat(phone.length())
                : phone.substring(0, 3) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
    }

    @Override
    public String toString() {
        return "Identity[" + pin.masked() + "]";
    }
}
