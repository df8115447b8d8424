package org.dancu.register.persons;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.register.PersonProfile.Relative;
import org.dancu.register.PersonProfile;
import org.dancu.register.PersonRecords;
import org.dancu.register.internal.AuditActions;
import org.dancu.register.internal.ContactCipher;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a profile in scope and records the read in the ledger before anyone sees it: two queries
 * (the person, then the household and relatives together) and one wait for the ledger. Contact
 * details are decrypted only for the roles that are shown them.
 */
@Service
class JdbcPersonRecords implements PersonRecords {

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;
    private final ContactCipher cipher;

    JdbcPersonRecords(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger, ContactCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
    }

    private record PersonRow(long personId, String pin, String oldId, String fullName, String otherNames,
                             String birthDate, String sex, String ethnicity, String religion, String nationality,
                             String birthRegistrationPlace, String homeTown, String communeCode,
                             String currentCommuneCode, String address, String temporaryCommuneCode,
                             String temporaryAddress, String residenceCommuneCode, String residenceAddress,
                             Long householdId, String relationToHead, String maritalStatus, String fatherPin,
                             String fatherName, String motherPin, String motherName, String spousePin,
                             String spouseName, boolean alive, String deathDate, boolean resident,
                             byte[] phoneCipher, byte[] emailCipher) {
    }

    @Override
    public Optional<PersonProfile> read(long personId, String origin) {
        SqlCondition inScope = currentStaff.scope().persons("p.person_id", "p.commune_code");
        Optional<PersonRow> found = inScope.bind(jdbc.sql("""
                        SELECT p.person_id, p.pin, p.old_id, p.full_name, p.other_names, p.birth_date, p.sex,
                               p.ethnicity, p.religion, p.nationality, p.birth_registration_place, p.home_town,
                               p.commune_code, p.current_commune_code, p.address, p.temporary_commune_code,
                               p.temporary_address, p.residence_commune_code, p.residence_address, p.household_id,
                               p.relation_to_head, p.marital_status, p.father_pin, p.father_name, p.mother_pin,
                               p.mother_name, p.spouse_pin, p.spouse_name, p.alive,
                               p.death_date::text AS death_date, p.resident, p.phone_cipher, p.email_cipher
                        FROM register.person p
                        WHERE p.person_id = :id AND\s""" + inScope.sql()))
                .param("id", personId)
                .query(PersonRow.class)
                .optional();
        if (found.isEmpty()) {
            // a probe outside the scope is recorded too, by the number asked for; the answer does not say
            // whether the record exists elsewhere
            ledger.record(new AuditEntry(currentStaff.actor(), AuditActions.READ, "person-record", String.valueOf(personId),
                    null, origin, Outcome.DENIED, "not in the officer's scope, or no such record"));
            return Optional.empty();
        }
        PersonRow person = found.get();
        List<Linked> linked = linked(person, inScope);
        List<Relative> household = linked.stream()
                .filter(other -> person.householdId() != null && person.householdId().equals(other.householdId())
                        && other.personId() != person.personId())
                .map(other -> other.as(other.relationToHead())).toList();
        List<Relative> relatives = new ArrayList<>();
        relative(linked, person.fatherPin(), "FATHER").ifPresent(relatives::add);
        relative(linked, person.motherPin(), "MOTHER").ifPresent(relatives::add);
        relative(linked, person.spousePin(), "SPOUSE").ifPresent(relatives::add);
        audit(person, household, relatives, origin);
        boolean contacts = currentStaff.keepsPopulationData();
        return Optional.of(new PersonProfile(person.personId(), person.pin(), person.oldId(), person.fullName(),
                person.otherNames(), person.birthDate(), person.sex(), person.ethnicity(), person.religion(),
                person.nationality(), person.birthRegistrationPlace(), person.homeTown(), person.communeCode(),
                person.currentCommuneCode(), person.address(), person.temporaryCommuneCode(),
                person.temporaryAddress(), person.residenceCommuneCode(), person.residenceAddress(),
                person.householdId(), person.relationToHead(), person.maritalStatus(), person.fatherPin(),
                person.fatherName(), person.motherPin(), person.motherName(), person.spousePin(),
                person.spouseName(), person.alive(), person.deathDate(), person.resident(),
                contacts ? cipher.open(person.personId(), person.phoneCipher()) : null,
                contacts ? cipher.open(person.personId(), person.emailCipher()) : null,
                household, relatives));
    }

    /**
     * Household members and relatives are shown with name, birth date and ID: their data is read too,
     * once per view even when someone is both. All entries go to the ledger together.
     */
    private void audit(PersonRow person, List<Relative> household, List<Relative> relatives, String origin) {
        String shownOn = AuditNote.of("audit.note.shown-on-profile", person.personId());
        Set<String> shown = new LinkedHashSet<>();
        household.forEach(member -> shown.add(member.pin()));
        relatives.forEach(relative -> shown.add(relative.pin()));
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(readEntry(person.pin(), origin, null));
        shown.forEach(pin -> entries.add(readEntry(pin, origin, shownOn)));
        ledger.recordAll(entries);
    }

    private AuditEntry readEntry(String pin, String origin, String detail) {
        return new AuditEntry(currentStaff.actor(), AuditActions.READ, "person", pin, null, origin, Outcome.SUCCESS, detail);
    }

    /** A person of the same household or named as a parent or spouse, in scope. */
    private record Linked(long personId, String pin, String fullName, String birthDate, Long householdId,
                          String relationToHead) {

        Relative as(String relation) {
            return new Relative(personId, pin, fullName, birthDate, relation);
        }
    }

    /** The household and the relatives in one query rather than one per relation. */
    private List<Linked> linked(PersonRow person, SqlCondition inScope) {
        String[] pins = Stream.of(person.fatherPin(), person.motherPin(), person.spousePin())
                .filter(Objects::nonNull).toArray(String[]::new);
        if (person.householdId() == null && pins.length == 0) {
            return List.of();
        }
        return inScope.bind(jdbc.sql("""
                        SELECT p.person_id, p.pin, p.full_name, p.birth_date, p.household_id, p.relation_to_head
                        FROM register.person p
                        WHERE (p.household_id = :household AND p.person_id <> :id OR p.pin = ANY(:pins))
                          AND\s""" + inScope.sql() + """

                        ORDER BY p.person_id"""))
                .param("household", person.householdId())
                .param("id", person.personId())
                .param("pins", pins)
                .query(Linked.class)
                .list();
    }

    private static Optional<Relative> relative(List<Linked> linked, String pin, String relation) {
        return pin == null ? Optional.empty()
                : linked.stream().filter(other -> pin.equals(other.pin())).findFirst().map(other -> other.as(relation));
    }
}
