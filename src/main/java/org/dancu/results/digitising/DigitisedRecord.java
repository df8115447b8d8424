package org.dancu.results.digitising;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dancu.results.DigitisedEntriesDisagreed;
import org.dancu.results.DigitisedRecordChecked;
import org.dancu.results.DigitisedRecordEntered;
import org.dancu.results.DigitisedRecordIssued;
import org.dancu.results.DigitisedRecordResolved;
import org.dancu.results.DigitisedRecordReturned;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultRefusedException;

/**
 * The record read from one scanned page, as it moves through the digitising queue. OCR reads it; when
 * OCR is sure of every field and every person it names is linked, it is settled at once, otherwise two
 * different digitisers enter it; when their entries disagree a clerk settles it; a spot-checker (who
 * entered or settled nothing of it) checks every corrected record and a share of the rest; then it is
 * issued. Each move is a method that throws {@link ResultRefusedException} from the wrong state or by the
 * wrong person, changing nothing, and registers a past-tense event that {@link DigitisedRecords#save}
 * publishes.
 */
public final class DigitisedRecord {

    private final Long id;
    private final long pageId;
    private final long batchId;
    private final String communeCode;
    private final RecordType type;
    private RecordState state;
    private final Set<EntryReason> reasons;
    private List<RecordField> fields;
    private String firstBy;
    private String secondBy;
    private String resolvedBy;
    private String checkedBy;
    private boolean corrected;
    private boolean sampled;
    private ResultCode resultCode;
    private final int version;
    private final List<Object> events = new ArrayList<>();

    /** A record as stored. */
    DigitisedRecord(Long id, long pageId, long batchId, String communeCode, RecordType type, RecordState state,
                    Set<EntryReason> reasons, List<RecordField> fields, String firstBy, String secondBy,
                    String resolvedBy, String checkedBy, boolean corrected, boolean sampled, ResultCode resultCode,
                    int version) {
        this.id = id;
        this.pageId = pageId;
        this.batchId = batchId;
        this.communeCode = communeCode;
        this.type = type;
        this.state = state;
        this.reasons = reasons.isEmpty() ? EnumSet.noneOf(EntryReason.class) : EnumSet.copyOf(reasons);
        this.fields = List.copyOf(fields);
        this.firstBy = firstBy;
        this.secondBy = secondBy;
        this.resolvedBy = resolvedBy;
        this.checkedBy = checkedBy;
        this.corrected = corrected;
        this.sampled = sampled;
        this.resultCode = resultCode;
        this.version = version;
    }

    /**
     * The record OCR read from a page: settled as read when nothing calls for a person's entry, else
     * waiting for double entry.
     *
     * @param reasons why a person must enter it; empty when OCR is sure and every person is linked
     */
    static DigitisedRecord read(long pageId, long batchId, String communeCode, RecordType type,
                                List<RecordField> fields, Set<EntryReason> reasons, Sampling sampling) {
        DigitisedRecord record = new DigitisedRecord(null, pageId, batchId, communeCode, type, RecordState.TO_ENTER,
                reasons, fields, null, null, null, null, false, false, null, 0);
        if (reasons.isEmpty()) {
            record.settle(record.fields.stream().map(f -> f.settledAs(f.read())).toList(), false, sampling);
        }
        return record;
    }

    /**
     * A digitiser's entry of every field, read from the scan. The first entry waits for a second by
     * another digitiser; the second settles the record when both agree, or sends it to a clerk.
     *
     * @param values each field's value by name; a field left out is entered empty
     */
    void enter(String digitiser, Map<String, String> values, Sampling sampling) {
        require(RecordState.TO_ENTER);
        if (firstBy == null) {
            fields = fields.stream().map(f -> f.withFirst(value(values, f.name()))).toList();
            firstBy = digitiser;
            events.add(new DigitisedRecordEntered(storedId(), digitiser, 1));
            return;
        }
        if (firstBy.equals(digitiser)) {
            throw new ResultRefusedException("results.digitising.error.same-digitiser");
        }
        fields = fields.stream().map(f -> f.withSecond(value(values, f.name()))).toList();
        secondBy = digitiser;
        events.add(new DigitisedRecordEntered(storedId(), digitiser, 2));
        if (fields.stream().allMatch(f -> f.first().equals(f.second()))) {
            List<RecordField> agreed = fields.stream().map(f -> f.settledAs(f.first())).toList();
            settle(agreed, agreed.stream().anyMatch(f -> !f.settled().equals(f.read())), sampling);
        } else {
            state = RecordState.DISAGREED;
            events.add(new DigitisedEntriesDisagreed(storedId()));
        }
    }

    /** A clerk settles the record whose two entries disagreed; a resolution is a correction, so it is checked. */
    void resolve(String clerk, Map<String, String> values) {
        require(RecordState.DISAGREED);
        if (clerk.equals(firstBy) || clerk.equals(secondBy)) {
            throw new ResultRefusedException("results.digitising.error.own-entry");
        }
        resolvedBy = clerk;
        events.add(new DigitisedRecordResolved(storedId(), clerk));
        settle(fields.stream().map(f -> f.settledAs(value(values, f.name()))).toList(), true, new Sampling(100));
    }

    /** A spot-checker finds the settled record agreeing with its scan. */
    void approve(String checker) {
        requireCheckable(checker);
        checkedBy = checker;
        state = RecordState.APPROVED;
        events.add(new DigitisedRecordChecked(storedId(), checker));
    }

    /** A spot-checker finds the settled record wrong: the entries are cleared and it goes back to double entry. */
    void sendBack(String checker) {
        requireCheckable(checker);
        fields = fields.stream().map(RecordField::cleared).toList();
        firstBy = null;
        secondBy = null;
        resolvedBy = null;
        corrected = false;
        sampled = false;
        reasons.add(EntryReason.RETURNED);
        state = RecordState.TO_ENTER;
        events.add(new DigitisedRecordReturned(storedId(), checker));
    }

    /** The approved record was issued as this result. */
    void issued(ResultCode code) {
        require(RecordState.APPROVED);
        resultCode = Objects.requireNonNull(code, "code");
        state = RecordState.ISSUED;
        events.add(new DigitisedRecordIssued(storedId(), code, communeCode));
    }

    private void settle(List<RecordField> settledFields, boolean withCorrection, Sampling sampling) {
        fields = settledFields;
        corrected = withCorrection;
        sampled = sampling.picks(pageId, withCorrection);
        state = sampled ? RecordState.TO_CHECK : RecordState.APPROVED;
    }

    private void requireCheckable(String checker) {
        require(RecordState.TO_CHECK);
        if (checker.equals(firstBy) || checker.equals(secondBy) || checker.equals(resolvedBy)) {
            throw new ResultRefusedException("results.digitising.error.own-entry");
        }
    }

    private void require(RecordState expected) {
        if (state != expected) {
            throw new ResultRefusedException("results.digitising.error.state");
        }
    }

    private long storedId() {
        if (id == null) {
            throw new IllegalStateException("a record not yet stored cannot move");
        }
        return id;
    }

    private static String value(Map<String, String> values, String name) {
        String value = values.get(name);
        return value == null ? "" : value.strip();
    }

    /** The settled value of a field; empty when the record has none (yet). */
    public String settled(String name) {
        return fields.stream().filter(f -> f.name().equals(name) && f.settled() != null)
                .map(RecordField::settled).findFirst().orElse("");
    }

    /** The events registered since the record was read; {@link DigitisedRecords#save} publishes and clears them. */
    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }

    public Long id() {
        return id;
    }

    public long pageId() {
        return pageId;
    }

    public long batchId() {
        return batchId;
    }

    public String communeCode() {
        return communeCode;
    }

    public RecordType type() {
        return type;
    }

    public RecordState state() {
        return state;
    }

    public Set<EntryReason> reasons() {
        return Set.copyOf(reasons);
    }

    public List<RecordField> fields() {
        return fields;
    }

    public String firstBy() {
        return firstBy;
    }

    public String secondBy() {
        return secondBy;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public boolean corrected() {
        return corrected;
    }

    public boolean sampled() {
        return sampled;
    }

    public ResultCode resultCode() {
        return resultCode;
    }

    int version() {
        return version;
    }
}
