package org.dancu.eidsim.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.dancu.eidsim.Identity;

/**
 * A sign-in past its password, waiting for the one-time code "sent" by SMS; kept in the simulator's
 * session. A wrong code counts; after {@link #ATTEMPTS} wrong ones, or once expired, the sign-in starts over.
 */
final class PendingSignIn {

    static final String SESSION_KEY = PendingSignIn.class.getName();
    static final int ATTEMPTS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Answer { ACCEPTED, WRONG, EXPIRED, TOO_MANY }

    private final Identity identity;
    private final int level;
    private final String code;
    private final Instant expires;
    private int wrong;

    PendingSignIn(Identity identity, int level, Duration lifetime) {
        this.identity = identity;
        this.level = level;
        this.code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        this.expires = Instant.now().plus(lifetime);
    }

    Identity identity() {
        return identity;
    }

    int level() {
        return level;
    }

    String code() {
        return code;
    }

    synchronized Answer answer(String given) {
        if (!Instant.now().isBefore(expires)) {
            return Answer.EXPIRED;
        }
        if (code.equals(given == null ? "" : given.strip())) {
            return Answer.ACCEPTED;
        }
        return ++wrong >= ATTEMPTS ? Answer.TOO_MANY : Answer.WRONG;
    }
}
