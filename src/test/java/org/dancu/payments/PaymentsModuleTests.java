package org.dancu.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dancu.civil.ProvinceTime;
import org.dancu.payments.PaidLineFixtures.Planned;
import org.dancu.register.RegisterTestData;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments bootstrapped with the modules it depends on: a settled cycle is steering's
 * {@link org.dancu.steering.CountedDataChanged}, so the non-cash figures of the cycle's communes are
 * recounted from its lines without anyone pressing "recompute".
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class PaymentsModuleTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aSettledCycleIsCountedInItsCommunesFigures(Scenario scenario) throws Exception {
        RegisterTestData.ensureLoaded(context);
        String commune = jdbc.sql("""
                        SELECT commune_code FROM register.person WHERE alive AND resident
                          AND commune_code = current_commune_code GROUP BY commune_code
                        ORDER BY count(*) DESC, commune_code LIMIT 1""").query(String.class).single();
        LocalDate today = LocalDate.now(ProvinceTime.VIETNAM);
        Period month = Period.containing(PeriodType.MONTH, today);
        List<Planned> lines = List.of(
                new Planned(ProgrammeFamily.TUITION, commune, PayChannel.BANK_ACCOUNT, LineStatus.PAID),
                new Planned(ProgrammeFamily.TUITION, commune, PayChannel.E_WALLET, LineStatus.PAID),
                new Planned(ProgrammeFamily.TUITION, commune, PayChannel.POST_CASH, LineStatus.PAID_CASH));
        long[] before = stored(month, commune);

        scenario.stimulate(() -> transactions.executeWithoutResult(status -> {
                    PaidLineFixtures.write(jdbc, today, lines);
                    context.publishEvent(new CycleSettled(-1, new ProgrammeCode(
                            PaidLineFixtures.PROGRAMMES.get(ProgrammeFamily.TUITION)), month.code(), Set.of(commune)));
                }))
                .andWaitAtMost(Duration.ofMinutes(1))
                .andWaitForStateChange(() -> stored(month, commune), figure -> figure[1] == before[1] + lines.size())
                .andVerify(figure -> assertThat(figure).as("credited, and paid, in the commune this month")
                        .containsExactly(before[0] + 2, before[1] + 3));
    }

    /** The stored TUITION_NONCASH figure of a current commune, all agencies: [numerator, denominator]. */
    private long[] stored(Period period, String commune) {
        return jdbc.sql("""
                        SELECT numerator, denominator FROM steering.indicator_value
                        WHERE indicator_code = :code AND period_code = :period AND unit_level = 'COMMUNE'
                          AND unit_code = :unit AND agency_code = ''""")
                .param("code", PaymentsIndicators.TUITION_NONCASH).param("period", period.code())
                .param("unit", commune)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().orElse(new long[2]);
    }
}
