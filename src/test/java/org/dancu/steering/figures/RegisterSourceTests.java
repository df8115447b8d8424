package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterIndicators;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's completeness counts, measured as the difference four added persons make. */
@SpringBootTest
class RegisterSourceTests {

    private static final long FIRST_ID = 990_000_001L;
    private static final String OLD_COMMUNE = "03334";

    @Autowired List<IndicatorSource> sources;
    @Autowired JdbcClient jdbc;

    private IndicatorSource register() {
        return sources.stream().filter(s -> s.indicators().contains(RegisterIndicators.VALID_PIN)).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void remove() {
        RegisterFixture.removeRange(jdbc, FIRST_ID, 10);
    }

    private void person(long offset, String pin, int birthYear, String sex, String birthDate, String address) {
        person(offset, pin, birthYear, sex, birthDate, address, "Lò Xuân");
    }

    private void person(long offset, String pin, int birthYear, String sex, String birthDate, String address,
                        String fullName) {
        RegisterFixture.add(jdbc, new RegisterFixture.Resident(FIRST_ID + offset, pin, "Lò", null, "Xuân", fullName,
                birthDate, birthYear, sex, "04", OLD_COMMUNE, currentOf(OLD_COMMUNE), address));
    }

    private String currentOf(String old) {
        return jdbc.sql("SELECT new_code FROM locality.commune_succession WHERE old_code = :old")
                .param("old", old).query(String.class).single();
    }

    private long[] totals(String indicator, Period period) {
        long[] totals = new long[2];
        for (IndicatorCount count : register().count(indicator, List.of(period))) {
            if (count.communeCode().equals(OLD_COMMUNE)) {
                totals[0] += count.numerator();
                totals[1] += count.denominator();
            }
        }
        return totals;
    }

    @Test
    void validIdsAndCompleteRecordsAreCountedPerCommune() {
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now());
        long[] validBefore = totals(RegisterIndicators.VALID_PIN, month);
        long[] completeBefore = totals(RegisterIndicators.COMPLETE, month);

        person(0, "011090123456", 1990, "M", "1990-03-04", "Bản Na Pen");
        person(1, "011185123457", 1985, "F", "1985", "Bản Na Pen");
        person(2, "011302123458", 2002, "F", "2002-11-30", " ");
        person(3, "011088123459", 1990, "M", "1990-01-01", "Bản Na Pen");

        long[] validAfter = totals(RegisterIndicators.VALID_PIN, month);
        long[] completeAfter = totals(RegisterIndicators.COMPLETE, month);
        assertThat(validAfter[0] - validBefore[0]).as("valid IDs added").isEqualTo(3);
        assertThat(validAfter[1] - validBefore[1]).as("residents added").isEqualTo(4);
        assertThat(completeAfter[1] - completeBefore[1]).isEqualTo(4);
        assertThat(completeAfter[0] - completeBefore[0]).as("none has a household, so none is complete").isZero();
    }

    /** The register's own figure flags names it holds mis-decoded or not normalised, by civil's one rule. */
    @Test
    void namesReadInTheWrongEncodingOrNotNormalisedAreNotCountedAsWritten() {
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now());
        long[] before = totals(RegisterIndicators.NAME_SPELLING, month);

        person(0, "011090123456", 1990, "M", "1990-03-04", "Bản Na Pen", "Lò Văn Xuân");
        person(1, "011185123457", 1985, "F", "1985", "Bản Na Pen", "Ñoã Thị Xuân");
        person(2, "011302123458", 2002, "F", "2002-11-30", "Bản Na Pen", "BĂši Thị Xuân");
        person(3, "011088123459", 1988, "M", "1988-01-01", "Bản Na Pen", "Lò Thị Thuỳ");
        person(4, "011088123460", 1988, "M", "1988-01-01", "Bản Na Pen", "Lò  Văn Xuân");

        long[] after = totals(RegisterIndicators.NAME_SPELLING, month);
        assertThat(after[1] - before[1]).as("residents added").isEqualTo(5);
        assertThat(after[0] - before[0]).as("names written as the register writes names").isEqualTo(1);
    }

    @Test
    void theRegisterCountsOnlyPeriodsStillOpenAndEveryOneAskedFor() {
        LocalDate today = LocalDate.of(2026, 5, 20);
        IndicatorSource source = register();
        assertThat(source.measures(Period.parse("2026-05"), today)).isTrue();
        assertThat(source.measures(Period.parse("2026S1"), today)).isTrue();
        assertThat(source.measures(Period.parse("2026-04"), today)).isFalse();
        assertThat(source.measures(Period.parse("2025"), today)).isFalse();

        person(0, "011090123456", 1990, "M", "1990-03-04", "Bản Na Pen");
        List<Period> periods = List.of(Period.parse("2026-05"), Period.parse("2026"));
        List<IndicatorCount> counts = source.count(RegisterIndicators.VALID_PIN, periods);
        assertThat(counts).extracting(IndicatorCount::period).containsOnly(periods.toArray(Period[]::new));
        assertThat(counts).filteredOn(c -> c.period().equals(periods.get(0))).hasSize(counts.size() / 2);
        assertThat(counts).allSatisfy(c -> assertThat(c.currentCommuneCode()).isNotNull());
    }
}
