package org.dancu.register.corrections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.register.CorrectionAccepted;
import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionRejected;
import org.dancu.register.CorrectionRequested;
import org.dancu.register.CorrectionState;
import org.dancu.register.CorrectionWithdrawn;
import org.dancu.register.PersonField;

/**
 * A citizen's request to correct fields of their record. It is submitted, then accepted or rejected
 * with a reason by an officer, or withdrawn by the citizen; only an open (submitted) request moves,
 * each move through its own method, which throws {@link CorrectionStateException} from any other
 * state and changes nothing. Each move registers a past-tense event, which
 * {@link CorrectionRequestRepository} publishes when it stores the change.
 */
final class CorrectionRequest {

    static final int MAX_REASON = 500;

    private Long id;
    private final long personId;
    private final Pin citizen;
    private final String communeCode;
    private final Map<PersonField, String> proposed;
    private final Map<PersonField, String> recorded;
    private final String explanation;
    private final Locale language;
    private final Instant submittedAt;
    private CorrectionState state;
    private Instant decidedAt;
    private String decidedBy;
    private String reason;
    private final List<Object> events = new ArrayList<>();

    /** A request as stored (or, with a null id, not yet). */
    CorrectionRequest(Long id, long personId, Pin citizen, String communeCode, Map<PersonField, String> proposed,
                      Map<PersonField, String> recorded, String explanation, Locale language, Instant submittedAt,
                      CorrectionState state, Instant decidedAt, String decidedBy, String reason) {
        this.id = id;
        this.personId = personId;
        this.citizen = citizen;
        this.communeCode = communeCode;
        this.proposed = copy(proposed);
        this.recorded = copy(recorded);
        this.explanation = explanation;
        this.language = language;
        this.submittedAt = submittedAt;
        this.state = state;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.reason = reason;
    }

    /** A new open request of checked values ({@link CorrectionClaims}), not yet stored. */
    static CorrectionRequest submit(long personId, Pin citizen, String communeCode, Map<PersonField, String> proposed,
                                    Map<PersonField, String> recorded, String explanation, Locale language,
                                    Instant at) {
        if (proposed.isEmpty()) {
            throw new IllegalArgumentException("a correction request names at least one field");
        }
        return new CorrectionRequest(null, personId, citizen, communeCode, proposed, recorded, explanation, language, at,
                CorrectionState.SUBMITTED, null, null, null);
    }

    /** The request was stored under this id: it is now on the officers' work list. */
    void stored(long newId) {
        if (id != null) {
            throw new IllegalStateException("correction request " + id + " is already stored");
        }
        id = newId;
        events.add(new CorrectionRequested(newId, personId, communeCode, proposed.keySet(), submittedAt));
    }

    /** An officer accepts the open request (the caller records the corrections in the same transaction). */
    void accept(String by, Instant at) {
        decide(CorrectionState.ACCEPTED, by, at);
        events.add(new CorrectionAccepted(id, personId, by, at));
    }

    /**
     * An officer rejects the open request, saying why.
     *
     * @throws CorrectionRefusedException without a reason, or with one longer than {@value #MAX_REASON}
     *                                    characters
     */
    void reject(String by, String why, Instant at) {
        String text = why == null ? "" : why.strip();
        if (text.isEmpty()) {
            throw new CorrectionRefusedException(Map.of("reason", "register.correction.error.reason"));
        }
        if (text.length() > MAX_REASON) {
            throw new CorrectionRefusedException(Map.of("reason", "register.correction.error.too-long"));
        }
        decide(CorrectionState.REJECTED, by, at);
        reason = text;
        events.add(new CorrectionRejected(id, personId, by, at));
    }

    /** The citizen withdraws the open request. */
    void withdraw(Instant at) {
        decide(CorrectionState.WITHDRAWN, null, at);
        events.add(new CorrectionWithdrawn(id, personId, at));
    }

    private void decide(CorrectionState to, String by, Instant at) {
        if (id == null) {
            throw new IllegalStateException("a correction request not yet stored cannot be decided");
        }
        if (state != CorrectionState.SUBMITTED) {
            throw new CorrectionStateException(state, to);
        }
        state = to;
        decidedAt = at;
        decidedBy = by;
    }

    /** The events registered since the request was read, in order; the repository publishes and clears them. */
    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }

    private static Map<PersonField, String> copy(Map<PersonField, String> values) {
        Map<PersonField, String> copy = new EnumMap<>(PersonField.class);
        copy.putAll(values);
        return Collections.unmodifiableMap(copy);
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    /** Whose record it is. */
    Pin citizen() {
        return citizen;
    }

    String communeCode() {
        return communeCode;
    }

    Map<PersonField, String> proposed() {
        return proposed;
    }

    Map<PersonField, String> recorded() {
        return recorded;
    }

    String explanation() {
        return explanation;
    }

    Locale language() {
        return language;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    CorrectionState state() {
        return state;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    String reason() {
        return reason;
    }
}
