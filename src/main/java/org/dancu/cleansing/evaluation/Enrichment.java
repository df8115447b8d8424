package org.dancu.cleansing.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.dancu.cleansing.SectorField;
import org.dancu.cleansing.datasets.RecordValues;
import org.dancu.register.RegisteredPerson;

/**
 * What the register fills in for a linked record: the PIN when missing or different, the old ID when
 * missing, and the name in the register's spelling when it is the same name written differently
 * (case, spacing, tone-mark placement, no accents at all). A name that differs is left as sent: it is
 * the correctness criterion's business, not a silent overwrite.
 */
final class Enrichment {

    record Change(SectorField field, String original, String value) {
    }

    private Enrichment() {
    }

    static List<Change> changes(RecordValues record, RegisteredPerson person) {
        List<Change> changes = new ArrayList<>();
        String pin = person.pin() == null ? "" : person.pin().value();
        if (!pin.isEmpty() && !pin.equals(record.get(SectorField.PIN))) {
            changes.add(new Change(SectorField.PIN, record.get(SectorField.PIN), pin));
        }
        String oldId = person.oldId() == null ? "" : person.oldId();
        if (!oldId.isEmpty() && !record.has(SectorField.OLD_ID)) {
            changes.add(new Change(SectorField.OLD_ID, "", oldId));
        }
        String name = record.get(SectorField.FULL_NAME);
        String registered = person.name().fullName();
        if (!name.equals(registered) && (name.isEmpty() || Criteria.sameName(name, registered))) {
            changes.add(new Change(SectorField.FULL_NAME, name, registered));
        }
        return changes;
    }
}
