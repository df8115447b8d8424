package org.dancu.results;

import java.time.Instant;

/**
 * Whether a result offered instead of an upload may stand in for it ({@link ResultReuse#check}): usable, or why
 * not. {@link #code()} is the answer as machines store it ({@code results.reuse_check.answer}).
 */
public sealed interface ReuseAnswer {

    String code();

    /** The result is valid, of the type expected, and the applicant is one of its holders. */
    record Usable(IssuedResult result) implements ReuseAnswer {
        public String code() {
            return "USABLE";
        }
    }

    /** The result exists but the applicant is not among its holders; nothing of it is given. */
    record NotApplicants() implements ReuseAnswer {
        public String code() {
            return "NOT_APPLICANTS";
        }
    }

    /** The applicant's result was revoked on the day given, for the reason given. */
    record Revoked(Instant revokedAt, String reason) implements ReuseAnswer {
        public String code() {
            return "REVOKED";
        }
    }

    /** The applicant's result was replaced by the successor on the day given: offer that one. */
    record Superseded(ResultCode successor, Instant supersededAt) implements ReuseAnswer {
        public String code() {
            return "SUPERSEDED";
        }
    }

    /** The applicant's result is of another type than the dossier component asks for. */
    record WrongType(ResultType actual) implements ReuseAnswer {
        public String code() {
            return "WRONG_TYPE";
        }
    }

    /** No result has the code. */
    record Unknown() implements ReuseAnswer {
        public String code() {
            return "UNKNOWN";
        }
    }
}
