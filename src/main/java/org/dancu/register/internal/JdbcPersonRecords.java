package org.dancu.register.internal;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.register.PersonProfile;
import org.dancu.register.PersonProfile.Relative;
import org.dancu.register.PersonRecords;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads a profile in scope and records the read in the ledger before anyone sees it. */
@Service
class JdbcPersonRecords implements PersonRecords {

    static final String READ_ACTION = "register.person.read";

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
        SqlCondition inScope = currentStaff.scope().communes("p.commune_code");
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
            return Optional.empty();
        }
        PersonRow person = found.get();
        List<Relative> household = person.householdId() == null ? List.of() : household(person, inScope);
        List<Relative> relatives = new ArrayList<>();
        relative(person.fatherPin(), "FATHER", inScope).ifPresent(relatives::add);
        relative(person.motherPin(), "MOTHER", inScope).ifPresent(relatives::add);
        relative(person.spousePin(), "SPOUSE", inScope).ifPresent(relatives::add);
        audit(person.pin(), origin, null);
        // household members and relatives are shown with name, birth date and ID: their data is read too
        String shownOn = "shown on the profile of person " + person.personId();
        Set<String> shown = new LinkedHashSet<>();
        household.forEach(member -> shown.add(member.pin()));
        relatives.forEach(relative -> shown.add(relative.pin()));
        shown.forEach(pin -> audit(pin, origin, shownOn));
        return Optional.of(new PersonProfile(person.personId(), person.pin(), person.oldId(), person.fullName(),
                person.otherNames(), person.birthDate(), person.sex(), person.ethnicity(), person.religion(),
                person.nationality(), person.birthRegistrationPlace(), person.homeTown(), person.communeCode(),
                person.currentCommuneCode(), person.address(), person.temporaryCommuneCode(),
                person.temporaryAddress(), person.residenceCommuneCode(), person.residenceAddress(),
                person.householdId(), person.relationToHead(), person.maritalStatus(), person.fatherPin(),
                person.fatherName(), person.motherPin(), person.motherName(), person.spousePin(),
                person.spouseName(), person.alive(), person.deathDate(), person.resident(),
                decrypt(person.personId(), person.phoneCipher()), decrypt(person.personId(), person.emailCipher()),
                household, relatives));
    }

    /** A ciphertext that does not open for this person was moved or tampered with: the read fails loudly. */
    private String decrypt(long personId, byte[] ciphertext) {
        try {
            return cipher.decrypt(personId, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an encrypted contact field of person " + personId + " does not decrypt", e);
        }
    }

    private void audit(String pin, String origin, String detail) {
        ledger.record(new AuditEntry(currentStaff.actor(), READ_ACTION, "person", pin, null, origin,
                Outcome.SUCCESS, detail));
    }

    private List<Relative> household(PersonRow person, SqlCondition inScope) {
        return inScope.bind(jdbc.sql("""
                        SELECT p.person_id, p.pin, p.full_name, p.birth_date, p.relation_to_head AS relation
                        FROM register.person p
                        WHERE p.household_id = :household AND p.person_id <> :id AND\s""" + inScope.sql() + """

                        ORDER BY p.person_id"""))
                .param("household", person.householdId())
                .param("id", person.personId())
                .query(Relative.class)
                .list();
    }

    private Optional<Relative> relative(String pin, String relation, SqlCondition inScope) {
        if (pin == null) {
            return Optional.empty();
        }
        return inScope.bind(jdbc.sql("""
                        SELECT p.person_id, p.pin, p.full_name, p.birth_date, :relation AS relation
                        FROM register.person p
                        WHERE p.pin = :pin AND\s""" + inScope.sql()))
                .param("pin", pin)
                .param("relation", relation)
                .query(Relative.class)
                .optional();
    }
}
