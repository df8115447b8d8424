package org.dancu.payments.beneficiaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Sex;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Vnd;
import org.dancu.register.RegisteredPerson;
import org.junit.jupiter.api.Test;

/** Alive, resident, of the programme's age: what the register must show, a partial birth date read in the person's favour. */
class EligibilityTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 1);
    private static final ProgrammeRule PENSION = new ProgrammeRule(LocalDate.of(2025, 7, 1), Vnd.of(500_000), null,
            null, Set.of(Month.values()), null, 25, 70, null, "NĐ 176/2025", "https://example.org");
    private static final ProgrammeRule CHILDREN = new ProgrammeRule(LocalDate.of(2021, 10, 15), null, Vnd.of(150_000),
            null, Set.of(Month.MARCH, Month.OCTOBER), null, 25, 3, 18, "NĐ 81/2021", "https://example.org");

    @Test
    void aLivingResidentOfTheAgeIsEligible() {
        assertThat(Eligibility.refusal(person(PartialDate.of(1950, 5, 1), true, true), PENSION, ON)).isEmpty();
    }

    @Test
    void theDeadAndThoseWhoMovedOutAreNot() {
        assertThat(Eligibility.refusal(person(PartialDate.of(1950, 5, 1), false, true), PENSION, ON)).contains("DEAD");
        assertThat(Eligibility.refusal(person(PartialDate.of(1950, 5, 1), true, false), PENSION, ON))
                .contains("NOT_RESIDENT");
    }

    @Test
    void anAgeOutsideTheBoundsIsRefusedOnTheDayItself() {
        assertThat(Eligibility.refusal(person(PartialDate.of(1956, 12, 2), true, true), PENSION, ON)).contains("AGE");
        assertThat(Eligibility.refusal(person(PartialDate.of(1956, 12, 1), true, true), PENSION, ON)).isEmpty();
        assertThat(Eligibility.refusal(person(PartialDate.of(2007, 11, 30), true, true), CHILDREN, ON)).contains("AGE");
        assertThat(Eligibility.refusal(person(PartialDate.of(2024, 1, 1), true, true), CHILDREN, ON)).contains("AGE");
    }

    @Test
    void aBirthKnownOnlyToTheYearIsReadInThePersonsFavour() {
        // born some day of 1956: 70 on 1/12/2026 if born by then, so the register cannot prove otherwise
        assertThat(Eligibility.refusal(person(PartialDate.ofYear(1956), true, true), PENSION, ON)).isEmpty();
        assertThat(Eligibility.refusal(person(PartialDate.ofYear(1957), true, true), PENSION, ON)).contains("AGE");
    }

    private static RegisteredPerson person(PartialDate birth, boolean alive, boolean resident) {
        return new RegisteredPerson(1, null, null, PersonName.parse("Lò Văn Pọm").toOptional().orElseThrow(), birth,
                Sex.MALE, null, "VN", "03124", null, null, alive, alive ? null : LocalDate.of(2026, 1, 1), resident);
    }
}
