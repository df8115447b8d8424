package org.dancu.register;

/**
 * Changes a person's phone number and e-mail address: kept encrypted on the person only, never in
 * the event history, so this is the one write path for them. Only officers who record life events
 * may change them, only for a person in their scope, and every change is a change of personal data
 * in the audit ledger.
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
}
