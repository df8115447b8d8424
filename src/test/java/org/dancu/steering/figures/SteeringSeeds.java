package org.dancu.steering.figures;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.SteeringFixtures;
import org.dancu.steering.internal.Today;
import org.dancu.steering.tasks.NewTask;
import org.dancu.steering.tasks.TaskDecisions;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@link SteeringFixtures}, the steering test support other modules use, does inside the module:
 * a task on tuition payments whose monthly history, up to and including the current month, rises too
 * slowly to reach its target by the end of the year, so it is at risk.
 */
public final class SteeringSeeds {

    private SteeringSeeds() {
    }

    public static void settle(ApplicationContext context) {
        FollowTheData follow = context.getBean(FollowTheData.class);
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !follow.pending());
    }

    public static void target(ApplicationContext context, String indicator, int year, int target) {
        context.getBean(JdbcClient.class).sql("INSERT INTO steering.indicator_target (indicator_code, year, target)"
                        + " VALUES (:code, :year, :target) ON CONFLICT (indicator_code, year) DO UPDATE SET target = :target")
                .param("code", indicator).param("year", year).param("target", target).update();
    }

    public static synchronized long taskAtRisk(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<Long> existing = jdbc.sql("SELECT task_id FROM steering.task WHERE title = :title")
                .param("title", SteeringFixtures.TASK_AT_RISK).query(Long.class).list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        LocalDate today = context.getBean(Today.class).date();
        target(context, SteeringFixtures.INDICATOR, today.getYear(), 90);
        Localities localities = context.getBean(Localities.class);
        List<AdministrativeUnit> communes = localities.children(localities.deploymentProvince().code(), today);
        List<Period> months = new ArrayList<>();
        List<IndicatorCount> counts = new ArrayList<>();
        Period month = Period.containing(PeriodType.MONTH, today);
        for (int back = 5; back >= 0; back--) {
            Period period = new Period(PeriodType.MONTH, month.start().minusMonths(back));
            months.add(period);
            for (int i = 0; i < communes.size(); i++) {
                long numerator = 500 + 10L * (5 - back) + i;
                counts.add(new IndicatorCount(period, communes.get(i).code(), null, null, numerator, 1000));
            }
        }
        context.getBean(FactWriter.class).replace(HandStoredIndicators.TUITION_DEFINITION, months, counts,
                FactWriter.Origin.COMPUTED);
        return context.getBean(TaskDecisions.class).create(new NewTask(SteeringFixtures.TASK_AT_RISK, "SO_GDDT",
                List.of("NHNN"), LocalDate.of(today.getYear(), 12, 31).plusMonths(today.getMonthValue() == 12 ? 6 : 0),
                "Quyết định số 06/QĐ-TTg", SteeringFixtures.INDICATOR, BigDecimal.valueOf(95)), "test", false);
    }

    public static long openTask(ApplicationContext context, String title) {
        return context.getBean(TaskDecisions.class).create(new NewTask(title, "SO_XD", List.of(),
                context.getBean(Today.class).date().plusYears(1), "Quyết định số 06/QĐ-TTg", null, null), "test", false);
    }

    public static synchronized long overdueTask(ApplicationContext context) {
        taskAtRisk(context);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<Long> existing = jdbc.sql("SELECT task_id FROM steering.task WHERE title = :title")
                .param("title", SteeringFixtures.TASK_OVERDUE).query(Long.class).list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        return context.getBean(TaskDecisions.class).create(new NewTask(SteeringFixtures.TASK_OVERDUE,
                SteeringFixtures.OVERDUE_AGENCY, List.of(), context.getBean(Today.class).date().minusDays(1),
                "Quyết định số 06/QĐ-TTg", SteeringFixtures.INDICATOR, BigDecimal.valueOf(95)), "test", false);
    }

    public static void recomputeAll(ApplicationContext context) {
        context.getBean(Recompute.class).all();
    }
}
