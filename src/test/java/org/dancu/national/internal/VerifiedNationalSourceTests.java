package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.national.NationalField;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.national.NationalIndicators;
import org.dancu.register.RegisterIndicators;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's national-match share: living residents whose latest check agreed, as the register
 * holds them now, over every living resident of the register, so persons not yet checked,
 * mismatches, unknown IDs and persons who died or moved away since their check do not count where
 * they were checked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerifiedNationalSourceTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired RegisteredPersons register;
    @Autowired ReconciliationRuns runs;
    @Autowired PersonChecks checks;
    @Autowired VerifiedNationalSource source;

    private final Period month = Period.containing(PeriodType.MONTH, LocalDate.now());

    /** Persons of this test's own, by register id; the synthetic register never reaches these ids. */
    private static final long FIRST_ID = 990_000_101L;
    /** Old commune Noong Bua, where the persons are checked, and Phường Him Lam, where one moves to. */
    private static final String CHECKED_IN = "03124";
    private static final String MOVED_TO = "03127";

    @AfterEach
    void removePersons() {
        jdbc.sql("DELETE FROM national.person_check WHERE person_id >= :first AND person_id < :first + 10")
                .param("first", FIRST_ID).update();
        RegisterFixture.removeRange(jdbc, FIRST_ID, 10);
    }

    /** A living resident of {@link #CHECKED_IN} with a PIN of Cà Mau, which the synthetic Điện Biên never issues. */
    private RegisteredPerson person(int offset) {
        String pin = "09608012345" + offset;
        RegisterFixture.add(jdbc, new RegisterFixture.Resident(FIRST_ID + offset, pin, "Lò", null, "Xuân", "Lò Xuân",
                "1980-03-04", 1980, "M", "04", CHECKED_IN, "03334", "Bản Na Pen"));
        return register.byPin(Pin.of(pin)).orElseThrow();
    }

    @Test
    void onlyLivingResidentsWhoseCheckAgreedCountAsVerifiedOutOfAllLivingResidents() throws Exception {
        RegisterTestData.ensureLoaded(context);
        List<RegisteredPerson> persons = register.withPinAfter(0, 200).stream().filter(p -> p.alive() && p.resident())
                .limit(3).toList();
        String commune = persons.get(0).communeCode();
        jdbc.sql("DELETE FROM national.person_check WHERE person_id = ANY(:ids)")
                .param("ids", persons.stream().map(RegisteredPerson::personId).toArray(Long[]::new)).update();
        long[] before = totals(commune);
        ReconciliationRuns.Open run = runs.open().orElseGet(() -> runs.start("tester", 3));
        runs.finish(run.run().runId());
        checks.save(run.run().runId(), List.of(
                PersonCheck.of(persons.get(0), Reconciler.COMPARED, List.of()),
                PersonCheck.of(persons.get(1), Reconciler.COMPARED, List.of(NationalField.FULL_NAME)),
                PersonCheck.of(persons.get(2), Reconciler.COMPARED, Reconciler.COMPARED)));

        long[] after = totals(commune);
        assertThat(after[0] - before[0]).isEqualTo(1);
        long residents = jdbc.sql("SELECT count(*) FROM register.person WHERE alive AND resident AND commune_code = :c")
                .param("c", commune).query(Long.class).single();
        assertThat(after[1]).isEqualTo(residents);
        assertThat(after[0]).isLessThanOrEqualTo(after[1]);
    }

    @Test
    void aPersonWhoDiesOrMovesAfterTheCheckLeavesTheNumeratorOrMovesInItWithTheDenominator() throws Exception {
        RegisterTestData.ensureLoaded(context);
        RegisteredPerson dies = person(0);
        RegisteredPerson moves = person(1);
        ReconciliationRuns.Open run = runs.open().orElseGet(() -> runs.start("tester", 2));
        runs.finish(run.run().runId());
        checks.save(run.run().runId(), List.of(PersonCheck.of(dies, Reconciler.COMPARED, List.of()),
                PersonCheck.of(moves, Reconciler.COMPARED, List.of())));
        long[] checkedHere = totals(CHECKED_IN);
        long[] elsewhereBefore = totals(MOVED_TO);

        RegisterFixture.died(jdbc, dies.personId(), LocalDate.of(2026, 1, 15));
        RegisterFixture.moveTo(jdbc, List.of(moves.personId()), MOVED_TO);

        long[] here = totals(CHECKED_IN);
        long[] elsewhere = totals(MOVED_TO);
        assertThat(checkedHere[0] - here[0]).as("verified where they were checked").isEqualTo(2);
        assertThat(checkedHere[1] - here[1]).as("residents where they were checked").isEqualTo(2);
        assertThat(elsewhere[0] - elsewhereBefore[0]).as("verified where the mover lives now").isEqualTo(1);
        assertThat(elsewhere[1] - elsewhereBefore[1]).isEqualTo(1);
    }

    @Test
    void anotherIndicatorIsRefused() {
        assertThatThrownBy(() -> source.count(RegisterIndicators.COMPLETE, List.of(month)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Verified and residents of one commune as recorded, summed over the counts the source gives. */
    private long[] totals(String commune) {
        List<IndicatorCount> counts = source.count(NationalIndicators.VERIFIED_NATIONAL, List.of(month));
        return counts.stream().filter(c -> c.communeCode().equals(commune))
                .map(c -> new long[] {c.numerator(), c.denominator()})
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }
}
