package org.dancu.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dancu.civil.Pin;

/**
 * Citizens' requests to correct their own record in the register ("this is wrong"): the citizen
 * names the fields they say are wrong, what is right and why; a commune officer of the person's
 * commune accepts (the register then records one correction per field, as an officer's correction is
 * recorded) or rejects with a reason. The citizen is whoever the caller says signed in: every method
 * touches only that person's own requests. Submitting and withdrawing are audited as the citizen's
 * acts; each transition publishes {@link CorrectionRequested}, {@link CorrectionAccepted},
 * {@link CorrectionRejected} or {@link CorrectionWithdrawn}.
 */
public interface CorrectionRequests {

    /** How many open requests one citizen may have at once; more wait until one is decided or withdrawn. */
    int MOST_OPEN = 3;

    /**
     * Files a request for the citizen's record.
     *
     * @param language the language the citizen writes in; the answer is written in it
     * @return the new request's id
     * @throws CorrectionRefusedException naming every form field with a problem (a field a citizen may not
     *                                    ask to correct, a value the register would not accept, a value the
     *                                    record already holds, a missing explanation, too many open requests,
     *                                    no record under the ID); nothing is stored
     */
    long submit(Pin citizen, CorrectionClaim claim, Locale language, String origin);

    /** The citizen's requests, newest first. */
    List<CorrectionRequestView> of(Pin citizen);

    /**
     * The citizen withdraws an open request of their own.
     *
     * @throws CorrectionRefusedException when the request is not theirs, or no longer open; nothing changes
     */
    void withdraw(Pin citizen, long requestId, String origin);

    /** A request by its id, for the module that answers the citizen once it is decided; empty when unknown. */
    Optional<CorrectionRequestView> find(long requestId);
}
