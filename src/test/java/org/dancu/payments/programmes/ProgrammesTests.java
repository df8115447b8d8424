package org.dancu.payments.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;

import org.dancu.payments.PaymentsFixtures;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Programmes;
import org.dancu.payments.Vnd;
import org.dancu.security.AgencyDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The bundled programmes as loaded at start-up, and the versions of their rules in force on a day. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammesTests {

    @Autowired Programmes programmes;
    @Autowired ProgrammeVersions versions;
    @Autowired ProgrammesLoader loader;
    @Autowired AgencyDirectory agencies;
    @Autowired JdbcClient jdbc;

    @Test
    void theFourBundledProgrammesAreInForceEachWithItsLegalBasisSourceAndPayingAgency() {
        assertThat(programmes.inForce(PaymentsFixtures.TODAY)).extracting(Programme::code, Programme::kind,
                        Programme::family, Programme::payingAgency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PaymentsFixtures.STUDY_SUPPORT, ProgrammeKind.STUDY_SUPPORT,
                                ProgrammeFamily.TUITION, "SO_GDDT"),
                        org.assertj.core.groups.Tuple.tuple(PaymentsFixtures.SOCIAL_PENSION,
                                ProgrammeKind.SOCIAL_PENSION, ProgrammeFamily.SOCIAL, "UBND_XA"),
                        org.assertj.core.groups.Tuple.tuple(PaymentsFixtures.NATIONAL_DAY_GIFT, ProgrammeKind.ONE_OFF,
                                ProgrammeFamily.SOCIAL, "UBND_XA"),
                        org.assertj.core.groups.Tuple.tuple(PaymentsFixtures.MONTHLY_ASSISTANCE,
                                ProgrammeKind.MONTHLY_ASSISTANCE, ProgrammeFamily.SOCIAL, "SO_YT"));
        assertThat(programmes.inForce(PaymentsFixtures.TODAY)).allSatisfy(programme -> {
            assertThat(agencies.exists(programme.payingAgency())).isTrue();
            assertThat(programme.rule().legalBasis()).isNotBlank();
            assertThat(programme.rule().source()).startsWith("https://");
            assertThat(programme.rule().cutOffDay()).isEqualTo(25);
        });
    }

    @Test
    void theStandardLevelIs360000DongUntilJune2024And500000From1July2024() {
        ProgrammeRule before = programmes.find(PaymentsFixtures.MONTHLY_ASSISTANCE, LocalDate.of(2024, 6, 30))
                .orElseThrow().rule();
        ProgrammeRule after = programmes.find(PaymentsFixtures.MONTHLY_ASSISTANCE, LocalDate.of(2024, 7, 1))
                .orElseThrow().rule();

        assertThat(before.standardLevel()).isEqualTo(Vnd.of(360_000));
        assertThat(after.standardLevel()).isEqualTo(Vnd.of(500_000));
        assertThat(after.amountFor(ProgrammeKind.MONTHLY_ASSISTANCE, new BigDecimal("1.5"), null))
                .isEqualTo(Vnd.of(750_000));
        assertThat(after.payMonths()).hasSize(12);
    }

    @Test
    void studySupportIs150000DongAMonthPaidPerSemesterAndTheGiftIs100000DongOnce() {
        Programme study = programmes.find(PaymentsFixtures.STUDY_SUPPORT, PaymentsFixtures.TODAY).orElseThrow();
        Programme gift = programmes.find(PaymentsFixtures.NATIONAL_DAY_GIFT, PaymentsFixtures.TODAY).orElseThrow();

        assertThat(study.rule().amountFor(ProgrammeKind.STUDY_SUPPORT, null, 4)).isEqualTo(Vnd.of(600_000));
        assertThat(study.rule().payMonths()).containsExactly(Month.MARCH, Month.OCTOBER);
        assertThat(gift.rule().amountFor(ProgrammeKind.ONE_OFF, null, null)).isEqualTo(Vnd.of(100_000));
        assertThat(gift.rule().payDate()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(gift.rule().payMonths()).containsExactly(Month.AUGUST);
    }

    @Test
    void aProgrammeIsNotInForceBeforeItsFirstVersionNorIsAnUnknownCode() {
        assertThat(programmes.find(PaymentsFixtures.SOCIAL_PENSION, LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(programmes.find(new ProgrammeCode("NO_SUCH_PROGRAMME"), PaymentsFixtures.TODAY)).isEmpty();
        assertThat(programmes.inForce(LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Test
    @Transactional
    void aReloadOfAChangedFileKeepsTheVersionAnAdministratorRecorded() {
        ProgrammeRule bundled = programmes.find(PaymentsFixtures.MONTHLY_ASSISTANCE, LocalDate.of(2024, 7, 1))
                .orElseThrow().rule();
        ProgrammeRule edited = new ProgrammeRule(bundled.effectiveFrom(), Vnd.of(550_000), null, null,
                bundled.payMonths(), null, 20, null, null, "Quyết định của tỉnh (mức cao hơn)", "https://example.org/qd");
        versions.addEdited(PaymentsFixtures.MONTHLY_ASSISTANCE, edited, "admin", Instant.now());

        jdbc.sql("DELETE FROM payments.programme_bundle").update();
        loader.afterSingletonsInstantiated();

        assertThat(programmes.find(PaymentsFixtures.MONTHLY_ASSISTANCE, LocalDate.of(2024, 7, 1)).orElseThrow().rule())
                .isEqualTo(edited);
        assertThat(versions.history(PaymentsFixtures.MONTHLY_ASSISTANCE))
                .extracting(ProgrammeVersions.Version::origin)
                .containsExactly(ProgrammeVersions.Origin.EDITED, ProgrammeVersions.Origin.BUNDLED);
    }
}
