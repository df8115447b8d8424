package org.dancu.register;

/** Finds persons within the signed-in officer's scope; a person outside it is never returned. */
public interface PersonSearch {

    int PAGE_SIZE = 50;

    /**
     * @throws InvalidSearchException when the PIN is malformed, or neither a PIN nor a name of at
     *                                least two letters is given; the database is not touched then
     */
    SearchPage search(PersonCriteria criteria);
}
