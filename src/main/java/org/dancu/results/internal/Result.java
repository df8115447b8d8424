package org.dancu.results.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dancu.results.IssuedResult;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultIssued;
import org.dancu.results.ResultRevoked;
import org.dancu.results.ResultStateException;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultSuperseded;

/**
 * A result in the register. It is issued valid and then moves only through its own methods: a valid
 * result is superseded by a successor or revoked with a reason; any other move throws
 * {@link ResultStateException} and changes nothing. Each move registers a past-tense event, which
 * {@link ResultRecords} publishes when it stores the change.
 */
public final class Result {

    private IssuedResult state;
    private final SealedRecord sealed;
    private final String communeCode;
    private String changedBy;
    private final List<Object> events = new ArrayList<>();

    /** A result as stored; {@code changedBy} is who superseded or revoked it, null while valid. */
    Result(IssuedResult state, SealedRecord sealed, String communeCode, String changedBy) {
        this.state = Objects.requireNonNull(state, "state");
        this.sealed = Objects.requireNonNull(sealed, "sealed");
        this.communeCode = communeCode;
        this.changedBy = changedBy;
    }

    /**
     * A newly issued result, valid, registering {@link ResultIssued}.
     *
     * @param state       the result's content, numbered and sealed, status {@link ResultStatus#VALID}
     * @param communeCode the commune it concerns, which scopes who sees it
     */
    public static Result issue(IssuedResult state, SealedRecord sealed, String communeCode) {
        if (state.status() != ResultStatus.VALID || state.statusChangedAt() != null) {
            throw new IllegalArgumentException("a result is issued valid");
        }
        Result result = new Result(state, sealed, communeCode, null);
        result.events.add(new ResultIssued(state.code(), state.type(), state.holders(), state.provenance()));
        return result;
    }

    /** A corrected successor replaces this valid result. */
    public void supersede(ResultCode successor, String officer, Instant at) {
        Objects.requireNonNull(successor, "successor");
        requireValid();
        if (successor.equals(state.code())) {
            throw new IllegalArgumentException("a result cannot replace itself");
        }
        state = withStatus(ResultStatus.SUPERSEDED, successor, null, at);
        changedBy = officer;
        events.add(new ResultSuperseded(state.code(), successor));
    }

    /** This valid result is revoked for the reason given (not blank). */
    public void revoke(String reason, String officer, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        requireValid();
        state = withStatus(ResultStatus.REVOKED, null, reason.strip(), at);
        changedBy = officer;
        events.add(new ResultRevoked(state.code(), state.revocationReason()));
    }

    private void requireValid() {
        if (state.status() != ResultStatus.VALID) {
            throw new ResultStateException(state.code(), state.status());
        }
    }

    private IssuedResult withStatus(ResultStatus status, ResultCode successor, String reason, Instant at) {
        IssuedResult s = state;
        return new IssuedResult(s.code(), s.publicId(), s.type(), s.holders(), s.agencyCode(), s.officer(),
                s.legalBasis(), s.dossierCode(), s.fields(), s.parcel(), s.provenance(), status, successor, reason,
                s.issuedAt(), Objects.requireNonNull(at, "at"), s.hash(), s.keyId(), s.statusIndex());
    }

    /** The events registered since the result was read, in order; {@link ResultRecords} publishes and clears them. */
    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }

    public IssuedResult view() {
        return state;
    }

    public SealedRecord sealed() {
        return sealed;
    }

    public String communeCode() {
        return communeCode;
    }

    /** Who superseded or revoked it; null while valid. */
    public String changedBy() {
        return changedBy;
    }
}
