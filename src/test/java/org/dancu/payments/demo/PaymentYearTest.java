package org.dancu.payments.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.payments.PayChannel;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Vnd;
import org.dancu.payments.demo.PaymentYear.Beneficiary;
import org.junit.jupiter.api.Test;

/**
 * The demo's year of payments is planned so that each family's last payment of the year lands on its
 * non-cash target (the returns aside), having risen over the year, among residents of the ages each
 * programme covers.
 */
class PaymentYearTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    private static Programme programme(String code, ProgrammeKind kind, ProgrammeFamily family, Integer minimumAge,
                                       Set<Month> payMonths) {
        return new Programme(new ProgrammeCode(code), kind, family, code, code, "SO_YT",
                new ProgrammeRule(LocalDate.of(2024, 7, 1), kind == ProgrammeKind.STUDY_SUPPORT ? null : Vnd.of(500_000),
                        kind == ProgrammeKind.STUDY_SUPPORT ? Vnd.of(150_000) : null, null, payMonths, null, 25,
                        minimumAge, null, "basis", "source"));
    }

    /** Residents born from 1930 to 2022, a few hundred a year, with IDs of their birth year. */
    private static List<Resident> residents() {
        List<Resident> residents = new ArrayList<>();
        int serial = 0;
        for (int year = 1930; year <= 2022; year++) {
            for (int i = 0; i < 220; i++) {
                String pin = "011" + (year < 2000 ? 0 : 2) + String.format("%02d%06d", year % 100, serial++);
                residents.add(new Resident(Pin.of(pin), "Lò Văn " + i, Integer.toString(year), year, "03334"));
            }
        }
        return residents;
    }

    @Test
    void eachFamilysLastPaymentLandsOnItsTargetAfterRisingOverTheYear() {
        List<Programme> programmes = List.of(
                programme("ASSISTANCE", ProgrammeKind.MONTHLY_ASSISTANCE, ProgrammeFamily.SOCIAL, null,
                        EnumSet.allOf(Month.class)),
                programme("PENSION", ProgrammeKind.SOCIAL_PENSION, ProgrammeFamily.SOCIAL, 70, EnumSet.allOf(Month.class)),
                programme("STUDY", ProgrammeKind.STUDY_SUPPORT, ProgrammeFamily.TUITION, 3,
                        EnumSet.of(Month.MARCH, Month.OCTOBER)));
        List<Resident> residents = residents();
        long[] ids = {1, 1};
        PaymentYear year = new PaymentYear(7, TODAY, null);
        List<Beneficiary> planned = year.beneficiaries(residents, programmes, new PaymentYear.IdSource() {
            @Override
            public long nextBeneficiary() {
                return ids[0]++;
            }

            @Override
            public long nextAccount() {
                return ids[1]++;
            }
        });

        int[] sizes = PaymentYear.sizes(residents.size());
        List<Beneficiary> social = planned.stream()
                .filter(b -> b.programme().family() == ProgrammeFamily.SOCIAL).toList();
        List<Beneficiary> learners = planned.stream()
                .filter(b -> b.programme().family() == ProgrammeFamily.TUITION).toList();
        assertThat(social).hasSize(sizes[0]);
        long ofSchoolAge = residents.stream().filter(r -> r.ageIn(TODAY.getYear()) > 3
                && r.ageIn(TODAY.getYear()) <= PaymentYear.OLDEST_LEARNER).count();
        assertThat(learners).as("as many as the register has of school age, at most its share")
                .hasSize((int) Math.min(sizes[1], ofSchoolAge));
        assertThat(planned).filteredOn(b -> b.programme().kind() == ProgrammeKind.SOCIAL_PENSION)
                .isNotEmpty().allMatch(b -> b.person().ageIn(TODAY.getYear()) > 70);
        assertThat(learners).allMatch(b -> b.person().ageIn(TODAY.getYear()) > 3
                && b.person().ageIn(TODAY.getYear()) <= PaymentYear.OLDEST_LEARNER);

        int december = year.monthIndex(YearMonth.from(TODAY));
        int october = year.monthIndex(YearMonth.of(2026, 10));
        // a learner who is also a social beneficiary shares that account, linked when it was: a few points at most
        assertThat((double) credited(social, december) / social.size()).isCloseTo(
                PaymentYear.NON_CASH_TARGET.get(ProgrammeFamily.SOCIAL) / (1 - PaymentYear.RETURNED), within(0.005));
        assertThat((double) credited(learners, october) / learners.size()).isCloseTo(
                PaymentYear.NON_CASH_TARGET.get(ProgrammeFamily.TUITION) / (1 - PaymentYear.RETURNED), within(0.01));
        assertThat(credited(social, 0)).as("fewer at the start of the year").isLessThan(credited(social, december));
        assertThat(planned).filteredOn(b -> b.account() == null)
                .allMatch(b -> b.cash() == (b.person().ageIn(TODAY.getYear()) >= PaymentYear.PAID_AT_HOME_FROM
                        ? PayChannel.POST_HOME : PayChannel.POST_CASH));
    }

    private static long credited(List<Beneficiary> beneficiaries, int monthIndex) {
        return beneficiaries.stream().filter(b -> b.creditedIn(monthIndex)).count();
    }
}
