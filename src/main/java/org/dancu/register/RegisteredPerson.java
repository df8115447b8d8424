package org.dancu.register;

import java.time.LocalDate;

import org.dancu.civil.Ethnicity;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;

/**
 * One person as the register holds them now, in civil's types: what other modules compare their
 * records with (partner verification, reconciliation with the national database, record linkage,
 * data cleansing). Carries personal data: callers keep it out of logs and audit what they show or send.
 *
 * @param pin                the 12-digit personal ID, null when the person holds none (yet)
 * @param oldId              the 9-digit people's ID card number, null when none is recorded
 * @param birthDate          to the precision recorded (year, month or day), null when unknown
 * @param ethnicity          null when none is recorded
 * @param nationality        the country code as recorded
 * @param communeCode        permanent residence, as recorded (old or new code)
 * @param currentCommuneCode the permanent residence's commune in the current hierarchy, may be null
 * @param resident           false for persons who moved out of the province
 */
public record RegisteredPerson(long personId, Pin pin, String oldId, PersonName name, PartialDate birthDate, Sex sex,
                               Ethnicity ethnicity, String nationality, String communeCode,
                               String currentCommuneCode, String address, boolean alive, LocalDate deathDate,
                               boolean resident) {

    /** Only the register id: the rest is personal data and stays out of logs. */
    @Override
    public String toString() {
        return "RegisteredPerson[" + personId + "]";
    }
}
