package org.dancu.audit;

import java.util.Objects;

import org.dancu.civil.Pin;

/** Who acted: the kind of actor and its identifier (a username, a partner code, a masked ID). */
public record Actor(Kind kind, String id) {

    public enum Kind { STAFF, PARTNER, CITIZEN, SYSTEM, ANONYMOUS }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        id = StorableText.bound(StorableText.check(id, "actor.id"), AuditEntry.MAX_ID);
    }

    public static Actor staff(String username) {
        return new Actor(Kind.STAFF, username);
    }

    /** A citizen signed in with the e-ID, by their masked ID: the entry's object carries the whole one. */
    public static Actor citizen(Pin pin) {
        return new Actor(Kind.CITIZEN, pin.masked());
    }

    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component);
    }

    /**
     * Someone not (yet) authenticated, by the name they typed. That text is untrusted, so a
     * character PostgreSQL cannot store is replaced by U+FFFD instead of failing the login.
     */
    public static Actor anonymous(String claimedName) {
        return new Actor(Kind.ANONYMOUS, claimedName == null ? "" : StorableText.repair(claimedName));
    }
}
