package org.dancu.payments.beneficiaries;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.dancu.civil.PartialDate;
import org.dancu.payments.ProgrammeRule;
import org.dancu.register.RegisteredPerson;

/**
 * Whether the register lets a person be paid under a programme's rule on a day: alive, resident in the
 * province, and of an age the rule covers. A birth date known only to the year or month is read in the
 * person's favour: the register refuses only an age it proves outside the bounds (the decision's agency
 * checked the rest). The reason is a code the bundle words ({@code payments.beneficiaries.reason.<code>}).
 */
final class Eligibility {

    static final String DEAD = "DEAD";
    static final String NOT_RESIDENT = "NOT_RESIDENT";
    static final String AGE = "AGE";
    static final String NOT_FOUND = "NOT_FOUND";

    private Eligibility() {
    }

    /** Why the person cannot be paid under the rule on that day; empty when they can. */
    static Optional<String> refusal(RegisteredPerson person, ProgrammeRule rule, LocalDate on) {
        if (!person.alive()) {
            return Optional.of(DEAD);
        }
        if (!person.resident()) {
            return Optional.of(NOT_RESIDENT);
        }
        PartialDate birth = person.birthDate();
        if (birth != null) {
            int oldest = Period.between(birth.earliest(), on).getYears();
            int youngest = Period.between(birth.latest(), on).getYears();
            if (rule.minimumAge() != null && oldest < rule.minimumAge()
                    || rule.maximumAge() != null && youngest > rule.maximumAge()) {
                return Optional.of(AGE);
            }
        }
        return Optional.empty();
    }
}
