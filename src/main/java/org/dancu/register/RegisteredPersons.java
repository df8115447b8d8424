package org.dancu.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.dancu.civil.Pin;

/**
 * The one way other modules read persons for machine work: comparison with what a partner or the
 * national database holds, record linkage, data cleansing. No staff scope applies and nothing is
 * audited here: the caller writes its ledger entry (naming the partner, purpose or officer) before
 * any value, or any answer derived from one, leaves the system. Each method is one query.
 */
public interface RegisteredPersons {

    /** The person holding this ID; empty when the register has none. */
    Optional<RegisteredPerson> byPin(Pin pin);

    /** The persons holding any of these IDs (unknown ones are simply absent), in no particular order. */
    List<RegisteredPerson> byPins(Collection<Pin> pins);

    /** The person with this register id. */
    Optional<RegisteredPerson> byId(long personId);

    /** The persons with any of these register ids, in id order. */
    List<RegisteredPerson> byIds(Collection<Long> personIds);

    /** Up to {@code limit} persons holding an ID, in id order after {@code personId}: for batch work that resumes. */
    List<RegisteredPerson> withPinAfter(long personId, int limit);

    /** How many persons hold an ID. */
    long countWithPin();

    /** Every person, streamed in id order (for building an index in memory). */
    void forEach(Consumer<RegisteredPerson> action);
}
