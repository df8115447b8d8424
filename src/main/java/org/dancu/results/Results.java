package org.dancu.results;

import java.util.List;
import java.util.Optional;
import org.dancu.civil.Pin;
import org.springframework.stereotype.Service;

/**
 * The one API other modules call to issue, supersede, revoke and find results.
 */
@Service
public class Results {

    /** Issues a new result: numbered, hashed, sealed, stored valid; {@link ResultIssued} published. */
    public IssuedResult issue(NewResult result) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces a valid result by a corrected successor; {@link ResultSuperseded} and the successor's {@link ResultIssued}. */
    public IssuedResult supersede(ResultCode old, NewResult successor, String officer) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Revokes a valid result with a reason; {@link ResultRevoked} published. */
    public void revoke(ResultCode code, String reason, String officer) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<IssuedResult> find(ResultCode code) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<IssuedResult> findByPublicId(String publicId) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<IssuedResult> ofHolder(Pin holder) {
        throw new UnsupportedOperationException("not yet");
    }
}
