package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.dancu.national.NationalField;
import org.dancu.register.IdentityFacts;
import org.dancu.register.RegisterFacts;
import org.dancu.register.internal.RegisterTestData;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's verified share: living residents whose check agreed, over every living resident of
 * the register, so persons not yet checked, mismatches and persons no longer resident do not count
 * as verified.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerifiedNationalSourceTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired RegisterFacts register;
    @Autowired ReconciliationRuns runs;
    @Autowired PersonChecks checks;
    @Autowired VerifiedNationalSource source;

    private final Period month = Period.containing(PeriodType.MONTH, LocalDate.now());

    @Test
    void onlyLivingResidentsWhoseCheckAgreedCountAsVerifiedOutOfAllLivingResidents() throws Exception {
        RegisterTestData.ensureLoaded(context);
        List<IdentityFacts> persons = register.after(0, 200).stream().filter(p -> p.alive() && p.resident())
                .limit(3).toList();
        String commune = persons.get(0).communeCode();
        jdbc.sql("DELETE FROM national.person_check WHERE person_id = ANY(:ids)")
                .param("ids", persons.stream().map(IdentityFacts::personId).toArray(Long[]::new)).update();
        long[] before = totals(commune);
        ReconciliationRuns.Open run = runs.open().orElseGet(() -> runs.start("tester", 3));
        runs.finish(run.run().runId());
        checks.save(run.run().runId(), List.of(
                PersonCheck.of(persons.get(0), Reconciler.COMPARED, List.of()),
                PersonCheck.of(persons.get(1), Reconciler.COMPARED, List.of(NationalField.FULL_NAME)),
                new PersonCheck(persons.get(2).personId(), persons.get(2).pin(), commune, null, false, "MATCH",
                        List.of())));

        long[] after = totals(commune);
        assertThat(after[0] - before[0]).isEqualTo(1);
        long residents = jdbc.sql("SELECT count(*) FROM register.person WHERE alive AND resident AND commune_code = :c")
                .param("c", commune).query(Long.class).single();
        assertThat(after[1]).isEqualTo(residents);
        assertThat(after[0]).isLessThanOrEqualTo(after[1]);
    }

    @Test
    void anotherIndicatorIsRefused() {
        assertThatThrownBy(() -> source.count(IndicatorCatalogue.REG_COMPLETE, List.of(month)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Verified and residents of one commune as recorded, summed over the counts the source gives. */
    private long[] totals(String commune) {
        List<IndicatorCount> counts = source.count(IndicatorCatalogue.REG_VERIFIED_NATIONAL, List.of(month));
        return counts.stream().filter(c -> c.communeCode().equals(commune))
                .map(c -> new long[] {c.numerator(), c.denominator()})
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }
}
