package org.dancu.register;

import java.util.Optional;

import org.dancu.civil.OldId;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.linkage.PersonRecord;

/**
 * One person a list names, to be matched with the register by {@link PersonMatching}: built from
 * civil values ({@link #of}) or from the text a sector's file gave ({@link #fromText}). Either way
 * the claim keeps the text, because that is what the linkage engine compares: it repairs what civil's
 * parsers rightly refuse (a PIN that lost its leading zero, an old 9-digit ID in the PIN column, a
 * date written {@code YYYYMMDD}), so a claim reduced to civil values would lose those matches. Its
 * accessors read the text as civil values, empty where the text is not one. Carries personal data:
 * {@link #toString()} names none of it.
 */
public final class PersonClaim {

    private final String pin;
    private final String oldId;
    private final String fullName;
    private final String birthDate;
    private final String sex;
    private final String communeCode;
    private final String address;

    private PersonClaim(String pin, String oldId, String fullName, String birthDate, String sex, String communeCode,
                        String address) {
        this.pin = text(pin);
        this.oldId = text(oldId);
        this.fullName = text(fullName);
        this.birthDate = text(birthDate);
        this.sex = text(sex);
        this.communeCode = text(communeCode);
        this.address = text(address);
    }

    /**
     * A claim of civil values, any of which may be null (unknown).
     *
     * @param communeCode a commune code of either hierarchy, as recorded
     */
    public static PersonClaim of(Pin pin, OldId oldId, PersonName name, PartialDate birthDate, Sex sex,
                                 String communeCode, String address) {
        return new PersonClaim(pin == null ? null : pin.value(), oldId == null ? null : oldId.value(),
                name == null ? null : name.fullName(), birthDate == null ? null : birthDate.toString(),
                sex == null ? null : sex.code(), communeCode, address);
    }

    /**
     * A claim of the values as a file wrote them: names in any case, with or without diacritics; dates
     * as {@code YYYY}, {@code YYYY-MM-DD}, {@code DD/MM/YYYY} or {@code YYYYMMDD}; sex as M/F/Nam/Nữ;
     * old or new commune codes. Null or blank is unknown.
     */
    public static PersonClaim fromText(String pin, String oldId, String fullName, String birthDate, String sex,
                                       String communeCode, String address) {
        return new PersonClaim(pin, oldId, fullName, birthDate, sex, communeCode, address);
    }

    /** The personal ID, if the text is a valid one (the engine may still repair one that is not). */
    public Optional<Pin> pin() {
        return Pin.parse(pin).toOptional();
    }

    public Optional<OldId> oldId() {
        return OldId.parse(oldId).toOptional();
    }

    public Optional<PersonName> name() {
        return PersonName.parse(fullName).toOptional();
    }

    public Optional<PartialDate> birthDate() {
        return PartialDate.parse(birthDate).toOptional();
    }

    /** {@link Sex#UNKNOWN} when the text does not say. */
    public Sex sex() {
        return Sex.parse(sex).toOptional().orElse(Sex.UNKNOWN);
    }

    /** The commune code as given, old or current; "" when unknown. */
    public String communeCode() {
        return communeCode;
    }

    public String address() {
        return address;
    }

    /** The claim as the engine reads it, under the caller's id: the text as given, nothing repaired yet. */
    public PersonRecord toRecord(String id) {
        return new PersonRecord(id, fullName, pin, oldId, birthDate, sex, communeCode, address);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Nothing of the claim: its values are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "PersonClaim";
    }
}
