package org.dancu.steering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's steering committee: the province's task themes and a synthetic monthly history of the
 * indicators they follow, stored with origin DEMO (every page marks those figures as demo data).
 * Indicators outside the demo keep showing "no data yet". Runs once, on a start with no task, when
 * the application is ready (after every start-up runner, the demo register's loading included), and
 * then recomputes what the real sources can count.
 */
@Component
@ConditionalOnProperty(name = "dancu.demo.enabled", havingValue = "true")
class DemoSteering {

    static final int HISTORY_MONTHS = 18;
    private static final String DECISION_06 = "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (Đề án 06)";

    /** Province-level path of each demo indicator: start value, monthly rise, month it flattens (or -1). */
    private record Trajectory(String indicator, double start, double rise, int flattensAt) {
    }

    private static final List<Trajectory> TRAJECTORIES = List.of(
            new Trajectory(IndicatorCatalogue.REG_VALID_PIN, 94, 0.3, -1),
            new Trajectory(IndicatorCatalogue.REG_COMPLETE, 76, 0.7, -1),
            new Trajectory(IndicatorCatalogue.CLEAN_LAND, 35, 3.2, -1),
            new Trajectory(IndicatorCatalogue.CLEAN_LABOUR, 45, 2.6, 12),
            new Trajectory(IndicatorCatalogue.CLEAN_CONSTRUCTION, 25, 3.6, -1),
            new Trajectory(IndicatorCatalogue.CLEAN_TAX, 73, 1.3, -1),
            new Trajectory(IndicatorCatalogue.CLEAN_BANKING, 62, 1.4, -1),
            new Trajectory(IndicatorCatalogue.SOCIAL_NONCASH, 40, 2.2, -1),
            new Trajectory(IndicatorCatalogue.ONLINE_ESSENTIAL, 20, 3.0, 12));

    private final JdbcClient jdbc;
    private final Localities localities;
    private final FactWriter writer;
    private final Tasks tasks;
    private final Recompute recompute;
    private final Today today;

    DemoSteering(JdbcClient jdbc, Localities localities, FactWriter writer, Tasks tasks, Recompute recompute,
                 Today today) {
        this.jdbc = jdbc;
        this.localities = localities;
        this.writer = writer;
        this.tasks = tasks;
        this.recompute = recompute;
        this.today = today;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM steering.task)").query(Boolean.class).single()) {
            return;
        }
        LocalDate date = today.date();
        seedHistory(date);
        seedTasks(date);
        int stored = recompute.all();
        System.out.println("dancu demo: steering tasks and " + HISTORY_MONTHS
                + " months of demo indicator history seeded; " + stored + " values computed from the register");
    }

    void seedHistory(LocalDate date) {
        String province = localities.deploymentProvince().code();
        List<AdministrativeUnit> communes = localities.children(province, date);
        LocalDate from = date.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
        for (Trajectory trajectory : TRAJECTORIES) {
            List<Period> periods = new ArrayList<>();
            List<IndicatorCount> counts = new ArrayList<>();
            for (PeriodType type : PeriodType.values()) {
                for (Period period : Period.between(type, from, date)) {
                    if (!period.firstDay().isBefore(from)) {
                        periods.add(period);
                        LocalDate end = period.lastDay().isAfter(date) ? date : period.lastDay();
                        int month = (int) ChronoUnit.MONTHS.between(from, end.withDayOfMonth(1));
                        counts.addAll(communeCounts(trajectory, period, month, communes));
                    }
                }
            }
            writer.replace(IndicatorCatalogue.find(trajectory.indicator()).orElseThrow(), periods, counts,
                    FactWriter.Origin.DEMO);
        }
    }

    private static List<IndicatorCount> communeCounts(Trajectory trajectory, Period period, int month,
                                                      List<AdministrativeUnit> communes) {
        int effective = trajectory.flattensAt() < 0 || month <= trajectory.flattensAt() ? month
                : trajectory.flattensAt();
        double base = trajectory.start() + trajectory.rise() * effective
                + (trajectory.flattensAt() >= 0 && month > trajectory.flattensAt()
                ? 0.3 * (month - trajectory.flattensAt()) : 0);
        List<IndicatorCount> counts = new ArrayList<>();
        for (AdministrativeUnit commune : communes) {
            Random random = new Random(Long.parseLong(commune.code()) * 31 + trajectory.indicator().hashCode());
            double offset = random.nextGaussian() * 5;
            long denominator = 4_000 + random.nextInt(20_000);
            double noise = new Random(random.nextLong() + month).nextGaussian() * 0.6;
            double share = Math.max(0, Math.min(100, base + offset + noise)) / 100;
            counts.add(new IndicatorCount(period, commune.code(), commune.code(), null,
                    Math.round(denominator * share), denominator));
        }
        return counts;
    }

    private void seedTasks(LocalDate date) {
        int year = date.getYear();
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        record Theme(String title, String lead, List<String> coordinators, LocalDate deadline, String indicator,
                     int target) {
        }
        List<Theme> themes = List.of(
                new Theme("Làm sạch dữ liệu đất đai, nhà ở gắn với số định danh cá nhân", "SO_NNMT",
                        List.of("SO_XD", "CONG_AN"), LocalDate.of(year + 1, 6, 30), IndicatorCatalogue.CLEAN_LAND, 90),
                new Theme("Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính", "VP_UBND",
                        List.of("SO_KHCN"), LocalDate.of(year + 1, 3, 31), null, 0),
                new Theme("Làm sạch dữ liệu lao động, việc làm và bảo hiểm xã hội", "SO_NV",
                        List.of("BHXH"), endOfYear, IndicatorCatalogue.CLEAN_LABOUR, 90),
                new Theme("Làm sạch dữ liệu xây dựng, cấp phép xây dựng", "SO_XD",
                        List.of("SO_NNMT"), LocalDate.of(year + 1, 3, 31), IndicatorCatalogue.CLEAN_CONSTRUCTION, 90),
                new Theme("Làm sạch dữ liệu thuế gắn với số định danh", "THUE",
                        List.of("CONG_AN"), endOfYear, IndicatorCatalogue.CLEAN_TAX, 95),
                new Theme("Đối chiếu dữ liệu tài khoản ngân hàng với dữ liệu dân cư", "NHNN",
                        List.of("CONG_AN"), endOfYear, IndicatorCatalogue.CLEAN_BANKING, 95),
                new Theme("Chi trả an sinh xã hội không dùng tiền mặt", "BHXH",
                        List.of("SO_NV", "NHNN"), endOfYear, IndicatorCatalogue.SOCIAL_NONCASH, 80),
                new Theme("Cung cấp trực tuyến 25 dịch vụ công thiết yếu", "VP_UBND",
                        List.of("CONG_AN", "SO_KHCN"), endOfYear, IndicatorCatalogue.ONLINE_ESSENTIAL, 80),
                new Theme("Bảo đảm số định danh cá nhân hợp lệ cho mọi công dân", "CONG_AN",
                        List.of("SO_TP"), endOfYear, IndicatorCatalogue.REG_VALID_PIN, 100),
                new Theme("Hoàn thiện các trường thông tin bắt buộc của dữ liệu dân cư", "CONG_AN",
                        List.of("SO_TP"), date.withDayOfMonth(1).minusMonths(2).minusDays(1),
                        IndicatorCatalogue.REG_COMPLETE, 95));
        for (Theme theme : themes) {
            tasks.create(new NewTask(theme.title(), theme.lead(), theme.coordinators(), theme.deadline(), DECISION_06,
                    theme.indicator(), theme.indicator() == null ? null : BigDecimal.valueOf(theme.target())),
                    "demo", true);
        }
    }
}
