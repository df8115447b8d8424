package org.dancu.cleansing.review;

import java.util.ArrayList;
import java.util.List;

import org.dancu.cleansing.ReviewItemAccepted;
import org.dancu.cleansing.ReviewItemPicked;
import org.dancu.cleansing.ReviewItemRejected;
import org.dancu.cleansing.ReviewItemReopened;
import org.dancu.cleansing.datasets.CleansingRefusal;

/**
 * A record's link as officers decide it. The linkage leaves a record {@code NONE} (linked or not
 * without doubt) or {@code OPEN} (a candidate to review); an officer decides an undecided one once:
 * accepted, rejected, or linked to another person picked by ID. A register correction of the person
 * it was decided on opens it again. Each transition checks the state it starts from and registers its
 * event, which {@link ReviewItems#save} publishes with the change.
 */
public final class ReviewItem {

    public enum Status {
        NONE, OPEN, ACCEPTED, REJECTED, PICKED;

        boolean decided() {
            return this == ACCEPTED || this == REJECTED || this == PICKED;
        }
    }

    /** The decision taken by this change, kept as a training label. */
    record Decision(ReviewQueue.Action action, Long chosenId, String officer) {
    }

    private final long recordId;
    private final Long candidateId;
    private final Double probability;
    private Status status;
    private Long personId;
    private Decision decision;
    private final List<Object> events = new ArrayList<>();

    ReviewItem(long recordId, Long candidateId, Double probability, Status status, Long personId) {
        this.recordId = recordId;
        this.candidateId = candidateId;
        this.probability = probability;
        this.status = status;
        this.personId = personId;
    }

    /** Confirms the candidate as the record's person. */
    void accept(String officer) {
        requireUndecided();
        if (candidateId == null) {
            throw new CleansingRefusal("cleansing.error.no-candidate");
        }
        decide(Status.ACCEPTED, new Decision(ReviewQueue.Action.ACCEPT, candidateId, officer));
        events.add(new ReviewItemAccepted(recordId, candidateId));
    }

    /** The candidate is not the record's person: the record stays unlinked. */
    void reject(String officer) {
        requireUndecided();
        decide(Status.REJECTED, new Decision(ReviewQueue.Action.REJECT, null, officer));
        events.add(new ReviewItemRejected(recordId));
    }

    /** Links the record to another person than the candidate. */
    void pick(long chosenId, String officer) {
        requireUndecided();
        decide(Status.PICKED, new Decision(ReviewQueue.Action.PICK, chosenId, officer));
        events.add(new ReviewItemPicked(recordId, chosenId));
    }

    /** Opens a decided record again, unlinked, because the register changed the person it was decided on. */
    void reopen(String cause) {
        if (!status.decided()) {
            throw new IllegalStateException("record " + recordId + " is not decided but " + status);
        }
        status = Status.OPEN;
        personId = null;
        decision = null;
        events.add(new ReviewItemReopened(recordId, cause));
    }

    private void requireUndecided() {
        if (status.decided()) {
            throw new CleansingRefusal("cleansing.error.already-decided");
        }
    }

    private void decide(Status decided, Decision taken) {
        status = decided;
        personId = taken.chosenId();
        decision = taken;
    }

    public long recordId() {
        return recordId;
    }

    public Long candidateId() {
        return candidateId;
    }

    public Double probability() {
        return probability;
    }

    public Status status() {
        return status;
    }

    /** The person the record is linked to now, or null. */
    public Long personId() {
        return personId;
    }

    Decision decision() {
        return decision;
    }

    /** The events registered since the item was read or saved. */
    List<Object> events() {
        return List.copyOf(events);
    }

    /** Stored: the decision and the events are now history. */
    void saved() {
        decision = null;
        events.clear();
    }
}
