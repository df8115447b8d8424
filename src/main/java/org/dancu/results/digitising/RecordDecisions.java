package org.dancu.results.digitising;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.results.IssuedResult;
import org.dancu.results.NewResult;
import org.dancu.results.ParcelRef;
import org.dancu.results.Provenance;
import org.dancu.results.ResultField;
import org.dancu.results.ResultRefusedException;
import org.dancu.results.Results;
import org.dancu.results.digitising.reading.FormFields;
import org.dancu.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a digitised record: a digitiser enters it, a clerk settles a disagreement, a
 * spot-checker approves or sends it back; a record approved is issued at once through {@link Results}
 * as a result digitised from paper. Every decision reads the record within the officer's scope, is
 * refused with a {@link ResultRefusedException} changing nothing, and is written to the audit ledger.
 */
@Service
class RecordDecisions {

    /** Every corrected record is checked, and one in ten of the rest. */
    static final Sampling SAMPLING = new Sampling(10);

    private final DigitisedRecords records;
    private final PersonLinks links;
    private final Results results;
    private final AuditLedger ledger;
    private final CurrentStaff staff;

    RecordDecisions(DigitisedRecords records, PersonLinks links, Results results, AuditLedger ledger,
                    CurrentStaff staff) {
        this.records = records;
        this.links = links;
        this.results = results;
        this.ledger = ledger;
        this.staff = staff;
    }

    /**
     * The record (with its scan) an officer opens, within their scope; the ledger names the officer before
     * what the page says leaves.
     */
    DigitisedRecord show(long recordId, String origin) {
        DigitisedRecord record = find(recordId);
        ledger.record(new AuditEntry(staff.actor(), "results.digitising.read", "digitised-record",
                String.valueOf(recordId), null, origin, Outcome.SUCCESS, null));
        return record;
    }

    /** A digitiser's entry; the second one settles the record when the two agree. */
    @Transactional
    void enter(long recordId, Map<String, String> values, String origin) {
        DigitisedRecord record = find(recordId);
        requireKnownIds(link(record, values));
        String digitiser = staff.actor().id();
        boolean second = record.firstBy() != null;
        record.enter(digitiser, values, SAMPLING);
        if (second && record.state() != RecordState.DISAGREED) {
            requireHolders(link(record, settledValues(record)));
        }
        finish(record, "results.digitising.enter", origin, digitiser);
    }

    /** A clerk's settlement of two disagreeing entries. */
    @Transactional
    void resolve(long recordId, Map<String, String> values, String origin) {
        DigitisedRecord record = find(recordId);
        PersonLinks.Linkage linkage = link(record, values);
        requireKnownIds(linkage);
        requireHolders(linkage);
        record.resolve(staff.actor().id(), values);
        finish(record, "results.digitising.resolve", origin, staff.actor().id());
    }

    /** A spot-checker finds the record agreeing with its scan: it is issued. */
    @Transactional
    void approve(long recordId, String origin) {
        DigitisedRecord record = find(recordId);
        record.approve(staff.actor().id());
        finish(record, "results.digitising.approve", origin, staff.actor().id());
    }

    /** A spot-checker finds the record wrong: back to double entry. */
    @Transactional
    void sendBack(long recordId, String origin) {
        DigitisedRecord record = find(recordId);
        record.sendBack(staff.actor().id());
        finish(record, "results.digitising.send-back", origin, staff.actor().id());
    }

    /**
     * Stores a record just read from a page and, when it is settled at once and not sampled, issues it,
     * signed for by the officer who uploaded the batch.
     */
    @Transactional
    long addRead(DigitisedRecord record, String uploadedBy) {
        long id = records.add(record);
        if (record.state() == RecordState.APPROVED) {
            DigitisedRecord stored = records.byId(id);
            issue(stored, uploadedBy);
            records.save(stored);
        }
        return id;
    }

    private DigitisedRecord find(long recordId) {
        return records.find(staff.scope(), recordId)
                .orElseThrow(() -> new ResultRefusedException("results.digitising.error.not-found"));
    }

    private void finish(DigitisedRecord record, String action, String origin, String officer) {
        if (record.state() == RecordState.APPROVED) {
            issue(record, officer);
        }
        ledger.record(new AuditEntry(staff.actor(), action, "digitised-record", String.valueOf(record.id()), null,
                origin, Outcome.SUCCESS, record.state().name()));
        records.save(record);
    }

    private void issue(DigitisedRecord record, String officer) {
        Map<String, String> values = settledValues(record);
        PersonLinks.Linkage linkage = link(record, values);
        RecordType type = record.type();
        // a field the paper leaves empty (a certificate's second owner) is not printed
        List<ResultField> fields = record.fields().stream().filter(f -> !f.settled().isBlank())
                .map(f -> new ResultField(f.name(), f.settled())).toList();
        ParcelRef parcel = type.resultType().carriesParcel()
                ? new ParcelRef(record.communeCode(), values.getOrDefault(FormFields.MAP_SHEET, ""),
                        values.getOrDefault(FormFields.PARCEL_NUMBER, ""))
                : null;
        IssuedResult issued = results.issue(new NewResult(type.resultType(), linkage.holders(), type.agencyCode(),
                officer, type.legalBasis(), null, fields, parcel, Provenance.DIGITISED_FROM_PAPER));
        record.issued(issued.code());
    }

    /** An ID entered must be one the register holds: OCR's reading is never trusted, nor is a typing slip. */
    private void requireKnownIds(PersonLinks.Linkage linkage) {
        if (linkage.reasons().contains(EntryReason.UNKNOWN_ID)) {
            throw new ResultRefusedException("results.digitising.error.unknown-id");
        }
    }

    /** A record is settled only when the register holds every holder it names. */
    private void requireHolders(PersonLinks.Linkage linkage) {
        if (!linkage.settles()) {
            throw new ResultRefusedException("results.digitising.error.holder-not-linked");
        }
    }

    /** The people the values name, linked to the register once for every check that needs them. */
    private PersonLinks.Linkage link(DigitisedRecord record, Map<String, String> values) {
        return links.link(record.type(), record.communeCode(), values);
    }

    private static Map<String, String> settledValues(DigitisedRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        record.fields().forEach(f -> values.put(f.name(), f.settled() == null ? "" : f.settled()));
        return values;
    }
}
