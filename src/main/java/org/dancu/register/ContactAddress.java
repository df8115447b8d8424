package org.dancu.register;

import java.util.Optional;

/**
 * Where a person can be reached, as the register holds it: a phone number and an e-mail address,
 * either absent. Personal data: {@link #toString()} says only which of the two are present.
 */
public record ContactAddress(Optional<String> phone, Optional<String> email) {

    @Override
    public String toString() {
        return "ContactAddress[phone " + (phone.isPresent() ? "present" : "absent") + ", email "
                + (email.isPresent() ? "present" : "absent") + "]";
    }
}
