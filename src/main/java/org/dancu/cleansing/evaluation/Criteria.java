package org.dancu.cleansing.evaluation;

import static org.dancu.cleansing.SectorField.BIRTH_DATE;
import static org.dancu.cleansing.SectorField.COMMUNE_CODE;
import static org.dancu.cleansing.SectorField.FULL_NAME;
import static org.dancu.cleansing.SectorField.PIN;
import static org.dancu.cleansing.SectorField.SEX;

import java.util.List;
import java.util.stream.Collectors;

import org.dancu.civil.ParseResult;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.dancu.cleansing.datasets.RecordValues;
import org.dancu.linkage.CommuneMapping;
import org.dancu.register.RegisteredPerson;

/**
 * The four criteria on one record, as the agency sent it, against the person it is linked to. Pure:
 * everything it looks at is passed in, so a re-evaluation after a register event is the same call.
 */
public final class Criteria {

    private Criteria() {
    }

    /**
     * @param person      the linked person, null when the record is not (yet) linked
     * @param inReview    the record waits for an officer's decision
     * @param duplicateOf the line of the record this one duplicates within the dataset, or null
     */
    public static Assessment assess(Sector sector, RecordValues record, RegisteredPerson person, boolean inReview,
                                    Integer duplicateOf, CommuneMapping communes) {
        return new Assessment(correct(record, person, inReview), complete(sector, record),
                clean(record, person, inReview, duplicateOf), live(record, person, inReview, communes));
    }

    static Verdict correct(RecordValues record, RegisteredPerson person, boolean inReview) {
        Sex sex = Sex.parse(record.get(SEX)).toOptional().orElse(null);
        PartialDate birth = PartialDate.parse(record.get(BIRTH_DATE)).toOptional().orElse(null);
        String pinDigits = null;
        if (record.has(PIN)) {
            ParseResult<Pin, Pin.Invalid> pin = Pin.parse(record.get(PIN));
            if (!pin.isValid()) {
                return Verdict.fail(Reason.PIN_INVALID, pin.reason().name());
            }
            Pin.Consistency consistency = pin.value().checkAgainst(sex == null ? Sex.UNKNOWN : sex, birth);
            if (consistency.sex() == Pin.Agreement.DISAGREES) {
                return Verdict.fail(Reason.PIN_SEX_MISMATCH, null);
            }
            if (consistency.birthYear() == Pin.Agreement.DISAGREES) {
                return Verdict.fail(Reason.PIN_YEAR_MISMATCH, null);
            }
            pinDigits = pin.value().value();
        }
        if (person == null) {
            return inReview ? Verdict.pending(Reason.IN_REVIEW) : Verdict.pending(Reason.NOT_LINKED);
        }
        if (pinDigits != null && (person.pin() == null || !pinDigits.equals(person.pin().value()))) {
            return Verdict.fail(Reason.PIN_DIFFERS, null);
        }
        if (record.has(FULL_NAME) && !sameName(record.get(FULL_NAME), person.name().fullName())) {
            return Verdict.fail(Reason.NAME_DIFFERS, null);
        }
        PartialDate registered = person.birthDate();
        if (birth != null && registered != null && !birth.overlaps(registered)) {
            return Verdict.fail(Reason.BIRTH_DIFFERS, null);
        }
        if (sex != null && sex.isKnown() && sex != person.sex()) {
            return Verdict.fail(Reason.SEX_DIFFERS, null);
        }
        return Verdict.ok(Reason.CONSISTENT);
    }

    static Verdict complete(Sector sector, RecordValues record) {
        List<SectorField> missing = sector.requiredFields().stream().filter(field -> !record.has(field)).toList();
        return missing.isEmpty() ? Verdict.ok(Reason.ALL_REQUIRED)
                : Verdict.fail(Reason.MISSING_FIELDS, missing.stream().map(SectorField::key)
                        .collect(Collectors.joining(", ")));
    }

    static Verdict clean(RecordValues record, RegisteredPerson person, boolean inReview, Integer duplicateOf) {
        if (duplicateOf != null) {
            return Verdict.fail(Reason.DUPLICATE, String.valueOf(duplicateOf));
        }
        if (person == null) {
            return inReview ? Verdict.pending(Reason.IN_REVIEW) : Verdict.fail(Reason.NOT_LINKED, null);
        }
        String name = record.get(FULL_NAME);
        PersonName.Spelling spelling = name.isEmpty() ? PersonName.Spelling.NORMALISED : PersonName.spelling(name);
        return switch (spelling) {
            case NORMALISED -> Verdict.ok(Reason.LINKED_ONCE);
            case NOT_NORMALISED -> Verdict.fail(Reason.NOT_NORMALISED, null);
            case MIS_DECODED -> Verdict.fail(Reason.MIS_DECODED, null);
        };
    }

    static Verdict live(RecordValues record, RegisteredPerson person, boolean inReview, CommuneMapping communes) {
        if (person == null) {
            return inReview ? Verdict.pending(Reason.IN_REVIEW) : Verdict.pending(Reason.NOT_LINKED);
        }
        if (!person.alive()) {
            return Verdict.fail(Reason.PERSON_DIED, person.deathDate() == null ? null : person.deathDate().toString());
        }
        if (!person.resident()) {
            return Verdict.fail(Reason.MOVED_OUT, null);
        }
        if (record.has(COMMUNE_CODE) && !communes.current(record.get(COMMUNE_CODE))
                .equals(communes.current(person.communeCode()))) {
            return Verdict.fail(Reason.RESIDENCE_OUTDATED, null);
        }
        return Verdict.ok(Reason.CURRENT);
    }

    /**
     * The same name, however cased and spaced: accents must agree, except that a name written
     * without any (as old systems do) agrees with every accented form of its letters.
     */
    static boolean sameName(String written, String registered) {
        String folded = VietnameseText.fold(written);
        return folded.equals(VietnameseText.asciiKey(written))
                ? folded.equals(VietnameseText.asciiKey(registered))
                : folded.equals(VietnameseText.fold(registered));
    }
}
