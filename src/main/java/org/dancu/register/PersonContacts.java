package org.dancu.register;

import java.util.Collection;
import java.util.Map;

import org.dancu.civil.Pin;

/**
 * Changes a person's phone number and e-mail address: kept encrypted on the person only, never in
 * the event history, so this is the one write path for them. Only officers who record life events
 * may change them, only for a person in their scope, and every change is a change of personal data
 * in the audit ledger. The notifications' outbox reads them through {@link #addressesOf} to reach the
 * person themselves.
 */
public interface PersonContacts {

    /**
     * Replaces both; a blank value removes it.
     *
     * @return false when the person is unknown or outside the officer's scope; nothing changed then
     * @throws LifeEventRefusedException naming the form field ({@code phone}, {@code email}) whose value
     *                                   is not a phone number or an e-mail address; nothing changed
     */
    boolean change(long personId, String phone, String email, String origin);

    /**
     * The contact addresses of these persons, decrypted, for delivering a message to the person
     * themselves (no officer sees them through this). Persons not in the register are absent from the result.
     */
    Map<Pin, ContactAddress> addressesOf(Collection<Pin> pins);
}
