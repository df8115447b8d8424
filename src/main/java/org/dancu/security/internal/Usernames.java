package org.dancu.security.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Usernames are stored in lower case, so uniqueness and login ignore case. They are short
 * ASCII handles ({@code xa.muongthanh}), never personal data such as an ID number.
 */
final class Usernames {

    static final int MAX_LENGTH = 40;
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (MAX_LENGTH - 1) + "}");

    private Usernames() {
    }

    /** The stored form of what someone typed, or empty when it cannot be a username. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String candidate = typed.strip().toLowerCase(Locale.ROOT);
        return VALID.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    static String requireNormalised(String username) {
        if (username == null || !VALID.matcher(username).matches()) {
            throw new IllegalArgumentException("not a normalised username: " + username);
        }
        return username;
    }
}
