package org.dancu.register.lifeevents;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.register.ContactAddress;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonContacts;
import org.dancu.register.importing.PersonRules;
import org.dancu.register.internal.AuditActions;
import org.dancu.register.internal.ContactCipher;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone and e-mail, read by {@link PersonRules}, encrypted by {@link ContactCipher} for the person's
 * id and written with the scope in the same SQL; the ledger entry goes with the change.
 */
@Service
class JdbcPersonContacts implements PersonContacts {

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;
    private final ContactCipher cipher;
    private final LifeEvents lifeEvents;

    JdbcPersonContacts(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger, ContactCipher cipher,
                       LifeEvents lifeEvents) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
        this.cipher = cipher;
        this.lifeEvents = lifeEvents;
    }

    @Override
    @Transactional
    public boolean change(long personId, String phone, String email, String origin) {
        if (!lifeEvents.mayRecord()) {
            throw new AccessDeniedException("changing contact details needs a province or commune officer");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<String> newPhone = read(phone, PersonRules.phone(blank(phone)), "phone", problems);
        Optional<String> newEmail = read(email, PersonRules.email(blank(email)), "email", problems);
        if (!problems.isEmpty()) {
            throw new LifeEventRefusedException(problems);
        }
        SqlCondition inScope = currentStaff.scope().communes("p.commune_code");
        Optional<String> objectId = inScope.bind(jdbc.sql("SELECT p.pin FROM register.person p"
                        + " WHERE p.person_id = :id AND " + inScope.sql() + " FOR UPDATE"))
                .param("id", personId)
                .query((rs, n) -> JdbcLifeEvents.objectId(personId, rs.getString("pin")))
                .optional();
        if (objectId.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE register.person SET phone_cipher = :phone, email_cipher = :email WHERE person_id = :id")
                .param("phone", newPhone.map(value -> cipher.encrypt(personId, value)).orElse(null))
                .param("email", newEmail.map(value -> cipher.encrypt(personId, value)).orElse(null))
                .param("id", personId)
                .update();
        ledger.record(new AuditEntry(currentStaff.actor(), AuditActions.CHANGE, "person", objectId.get(),
                null, origin, Outcome.SUCCESS, "contact details"));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Pin, ContactAddress> addressesOf(Collection<Pin> pins) {
        Map<Pin, ContactAddress> addresses = new HashMap<>();
        if (pins.isEmpty()) {
            return addresses;
        }
        jdbc.sql("SELECT person_id, pin, phone_cipher, email_cipher FROM register.person WHERE pin = ANY(:pins)")
                .param("pins", pins.stream().map(Pin::value).toArray(String[]::new))
                .query(rs -> {
                    long personId = rs.getLong("person_id");
                    addresses.put(Pin.of(rs.getString("pin")), new ContactAddress(
                            Optional.ofNullable(cipher.open(personId, rs.getBytes("phone_cipher"))),
                            Optional.ofNullable(cipher.open(personId, rs.getBytes("email_cipher")))));
                });
        return addresses;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** The value to store: empty for a blank one; a problem named under its form field for a wrong one. */
    private static Optional<String> read(String typed, Optional<String> parsed, String field,
                                         Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        if (parsed.isEmpty()) {
            problems.put(field, "register.contact.error." + field);
        }
        return parsed;
    }
}
