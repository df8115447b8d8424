package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dancu.civil.ProvinceTime;
import org.dancu.register.RegisterIndicators;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.reviews.ReviewLayout;
import org.dancu.steering.tasks.RiskMethod;
import org.dancu.steering.tasks.Task;
import org.dancu.steering.tasks.TaskRisk;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FiguresTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static final IndicatorDefinition VALID_PIN =
            new IndicatorDefinition(RegisterIndicators.VALID_PIN, 100, "CONG_AN", "register", 10);
    private static final IndicatorDefinition COMPLETE =
            new IndicatorDefinition(RegisterIndicators.COMPLETE, 100, "CONG_AN", "register", 20);

    private final Figures figures = new Figures(messages(), new ProvinceTime(ProvinceTime.VIETNAM), catalogue());

    /** The two register indicators the tasks below follow, as a source declares them. */
    private static IndicatorCatalogue catalogue() {
        return new IndicatorCatalogue(List.of(new IndicatorSource() {
            @Override
            public List<IndicatorDefinition> definitions() {
                return List.of(VALID_PIN, COMPLETE);
            }

            @Override
            public List<IndicatorCount> count(String indicator, List<Period> periods) {
                return List.of();
            }
        }));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/steering", "i18n/register");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void periodsReadInWordsInBothLanguages() {
        assertThat(figures.period(Period.parse("2026-12"), VI)).isEqualTo("Tháng 12/2026");
        assertThat(figures.period(Period.parse("2026-05"), VI)).isEqualTo("Tháng 5/2026");
        assertThat(figures.period(Period.parse("2026Q4"), VI)).isEqualTo("Quý IV/2026");
        assertThat(figures.period(Period.parse("2026Q1"), VI)).isEqualTo("Quý I/2026");
        assertThat(figures.period(Period.parse("2026S1"), VI)).isEqualTo("6 tháng đầu năm 2026");
        assertThat(figures.period(Period.parse("2026S2"), VI)).isEqualTo("6 tháng cuối năm 2026");
        assertThat(figures.period(Period.parse("2026"), VI)).isEqualTo("Năm 2026");
        assertThat(figures.period(Period.parse("2026-12"), EN)).isEqualTo("December 2026");
        assertThat(figures.period(Period.parse("2026Q4"), EN)).isEqualTo("Q4 2026");
        assertThat(figures.period(Period.parse("2026S2"), EN)).isEqualTo("Second half of 2026");
        assertThat(figures.period(Period.parse("2026"), EN)).isEqualTo("Year 2026");
    }

    @Test
    void aFigureBelowItsTargetNeverReadsAsTheTargetOrAsAHundred() {
        BigDecimal almostAll = BigDecimal.valueOf(22_392).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(22_393), MathContext.DECIMAL64);
        var percent = VALID_PIN;
        assertThat(figures.value(percent, almostAll, VI)).isEqualTo("99,9 %");
        assertThat(figures.value(percent, almostAll, EN)).isEqualTo("99.9 %");
        assertThat(figures.value(percent, new BigDecimal("94.96"), VI)).isEqualTo("94,9 %");
        assertThat(figures.value(percent, new BigDecimal("100.0000"), VI)).isEqualTo("100 %");
        assertThat(Figures.shown(almostAll)).isEqualByComparingTo("99.9");
        assertThat(figures.change(new BigDecimal("3.4999"), VI)).isEqualTo("+3,4");
        assertThat(figures.change(new BigDecimal("0.04"), VI)).isEqualTo("0");
        assertThat(figures.figure(ReviewLayout.count(BigDecimal.valueOf(22_393)), VI)).isEqualTo("22.393");
    }

    @Test
    void everyRiskReasonIsWrittenWithItsFiguresAndNoPlaceholder() {
        List<TaskRisk> risks = new ArrayList<>();
        Task linked = task(RegisterIndicators.COMPLETE, LocalDate.of(2026, 9, 30));
        risks.add(new TaskRisk(linked, new RiskMethod.Assessment(RiskMethod.Status.LATE, Double.NaN, Double.NaN,
                85.14, 6)));
        risks.add(new TaskRisk(linked, new RiskMethod.Assessment(RiskMethod.Status.LATE, Double.NaN, Double.NaN,
                Double.NaN, 0)));
        risks.add(new TaskRisk(linked, new RiskMethod.Assessment(RiskMethod.Status.MET, Double.NaN, Double.NaN,
                96, 6)));
        risks.add(new TaskRisk(linked, new RiskMethod.Assessment(RiskMethod.Status.AT_RISK, 72.4, 6.1, 70, 6)));
        risks.add(new TaskRisk(linked, new RiskMethod.Assessment(RiskMethod.Status.ON_TRACK, 97, 2, 90, 6)));
        risks.add(new TaskRisk(linked, new RiskMethod.Assessment(RiskMethod.Status.TOO_FEW_POINTS, Double.NaN,
                Double.NaN, 80, 2)));
        risks.add(new TaskRisk(linked, new RiskMethod.Assessment(RiskMethod.Status.NO_DATA, Double.NaN, Double.NaN,
                Double.NaN, 4)));
        Task reported = task(null, LocalDate.of(2026, 9, 30));
        risks.add(new TaskRisk(reported, RiskMethod.withoutIndicator(reported.deadline(), TODAY)));
        risks.add(new TaskRisk(reported, RiskMethod.withoutIndicator(TODAY.plusDays(1), TODAY)));
        assertThat(risks.stream().map(r -> r.assessment().status()).distinct())
                .containsExactlyInAnyOrder(RiskMethod.Status.values());

        for (TaskRisk risk : risks) {
            for (Locale locale : List.of(VI, EN)) {
                assertThat(figures.reason(risk, locale)).doesNotContainPattern("\\{\\d+}").isNotBlank();
                assertThat(figures.status(risk, locale)).doesNotContainPattern("\\{\\d+}").isNotBlank();
            }
        }
        assertThat(figures.reason(risks.get(0), VI)).isEqualTo("Đã quá hạn 30/09/2026: mới đạt 85,1 %, mục tiêu 95 %");
        assertThat(figures.reason(risks.get(0), EN)).isEqualTo("Past the deadline of 30/09/2026: at 85.1 %, target 95 %");
        assertThat(figures.reason(risks.get(3), VI)).isEqualTo("Dự báo 72,4 % ± 6,1 vào 30/09/2026, mục tiêu 95 %");
        assertThat(figures.reason(risks.get(7), VI)).startsWith("Đã quá hạn 30/09/2026");
        assertThat(figures.status(risks.get(7), VI)).isEqualTo("Quá hạn");

        TaskRisk computed = new TaskRisk(linked, risks.get(3).assessment(), Instant.parse("2026-12-07T07:05:00Z"));
        assertThat(figures.reason(computed, VI))
                .isEqualTo("Dự báo 72,4 % ± 6,1 vào 30/09/2026, mục tiêu 95 % (số liệu tính lúc 07/12/2026 14:05)");
        assertThat(figures.reason(computed, EN)).endsWith("(figures computed at 07/12/2026 14:05)");
    }

    @Test
    void thePlaceAndDateLineFollowsTheAdministrativeRules() {
        assertThat(figures.placeAndDate("Điện Biên", LocalDate.of(2026, 2, 5), VI))
                .isEqualTo("Điện Biên, ngày 05 tháng 02 năm 2026");
        assertThat(figures.placeAndDate("Điện Biên", LocalDate.of(2026, 3, 17), VI))
                .isEqualTo("Điện Biên, ngày 17 tháng 3 năm 2026");
        assertThat(figures.placeAndDate("Điện Biên", LocalDate.of(2026, 12, 7), EN))
                .isEqualTo("Điện Biên, 07/12/2026");
    }

    private static Task task(String indicator, LocalDate deadline) {
        return new Task(1L, "Hoàn thiện dữ liệu", "CONG_AN", List.of(), deadline, "", indicator,
                indicator == null ? null : BigDecimal.valueOf(95), Task.TaskStatus.OPEN, false);
    }
}
