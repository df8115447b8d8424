package org.dancu.steering.tasks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Risk of delay of a task from its indicator's recent monthly series: an ordinary least-squares line
 * through the last {@value #WINDOW} points (at least {@value #MIN_POINTS}), projected to the deadline
 * with a 90 % prediction interval. The task is AT_RISK when the projected point estimate falls short
 * of the target (the interval is shown as the uncertainty, not used to excuse a shortfall); LATE when
 * the deadline has passed and the current value has not met the target; MET once it has.
 * <p>
 * The current value is the point dated on the assessment day: the figure of the month that contains
 * it, the same figure the dashboard shows for that month. Without it the indicator has no data now,
 * and the task says so (NO_DATA) instead of leaning on older months.
 */
public final class RiskMethod {

    static final int WINDOW = 6;
    public static final int MIN_POINTS = 3;

    /** Two-sided 90 % Student t quantiles for 1 … 10 degrees of freedom. */
    private static final double[] T90 = {6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812};

    private RiskMethod() {
    }

    /** One observation: the value at the end of a period. */
    record Point(LocalDate date, double value) {
    }

    /** REPORTED: a task without an indicator, followed through progress reports, not yet past its deadline. */
    public enum Status { MET, ON_TRACK, AT_RISK, LATE, TOO_FEW_POINTS, NO_DATA, REPORTED }

    /**
     * @param projected the value the line gives at the deadline (NaN when not computed)
     * @param margin    half-width of the prediction interval around it
     * @param latest    the current value, dated on the assessment day (NaN without one)
     */
    public record Assessment(Status status, double projected, double margin, double latest, int points) {
    }

    /**
     * @param series month values, each dated at the end of its month or, for the month still open, on
     *               the assessment day {@code today}
     */
    static Assessment assess(List<Point> series, double target, LocalDate deadline, LocalDate today) {
        List<Point> recent = series.stream().sorted(Comparator.comparing(Point::date))
                .skip(Math.max(0, series.size() - WINDOW)).toList();
        boolean current = !recent.isEmpty() && recent.get(recent.size() - 1).date().equals(today);
        double latest = current ? recent.get(recent.size() - 1).value() : Double.NaN;
        if (current && latest >= target) {
            return new Assessment(Status.MET, Double.NaN, Double.NaN, latest, recent.size());
        }
        if (today.isAfter(deadline)) {
            return new Assessment(Status.LATE, Double.NaN, Double.NaN, latest, recent.size());
        }
        if (!current) {
            return new Assessment(Status.NO_DATA, Double.NaN, Double.NaN, latest, recent.size());
        }
        if (recent.size() < MIN_POINTS) {
            return new Assessment(Status.TOO_FEW_POINTS, Double.NaN, Double.NaN, latest, recent.size());
        }
        Line line = Line.fit(recent);
        int n = recent.size();
        double x0 = line.x(deadline);
        double projected = line.at(x0);
        double margin = T90[Math.min(n - 2, T90.length) - 1] * line.residualDeviation()
                * Math.sqrt(1 + 1.0 / n + (line.sxx() == 0 ? 0 : Math.pow(x0 - line.meanX(), 2) / line.sxx()));
        Status status = projected >= target ? Status.ON_TRACK : Status.AT_RISK;
        return new Assessment(status, projected, margin, latest, n);
    }

    /** A task followed by reports only: LATE once its deadline has passed, REPORTED until then. */
    public static Assessment withoutIndicator(LocalDate deadline, LocalDate today) {
        return new Assessment(today.isAfter(deadline) ? Status.LATE : Status.REPORTED, Double.NaN, Double.NaN,
                Double.NaN, 0);
    }

    /** Slope per 30 days of a least-squares line through the points; NaN with fewer than two. */
    static double slopePerMonth(List<Point> points) {
        if (points.size() < 2) {
            return Double.NaN;
        }
        Line line = Line.fit(points);
        return line.sxx() == 0 ? Double.NaN : line.slope() * 30;
    }

    /** A least-squares line over days since the first point. */
    private record Line(LocalDate origin, double slope, double intercept, double meanX, double sxx,
                        double residualDeviation) {

        static Line fit(List<Point> points) {
            LocalDate origin = points.get(0).date();
            int n = points.size();
            double meanX = points.stream().mapToDouble(p -> days(origin, p.date())).average().orElse(0);
            double meanY = points.stream().mapToDouble(Point::value).average().orElse(0);
            double sxx = 0;
            double sxy = 0;
            for (Point p : points) {
                double dx = days(origin, p.date()) - meanX;
                sxx += dx * dx;
                sxy += dx * (p.value() - meanY);
            }
            double slope = sxx == 0 ? 0 : sxy / sxx;
            double intercept = meanY - slope * meanX;
            double squares = 0;
            for (Point p : points) {
                double r = p.value() - (intercept + slope * days(origin, p.date()));
                squares += r * r;
            }
            return new Line(origin, slope, intercept, meanX, sxx, n > 2 ? Math.sqrt(squares / (n - 2)) : 0);
        }

        double x(LocalDate date) {
            return days(origin, date);
        }

        double at(double x) {
            return intercept + slope * x;
        }

        private static double days(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(from, to);
        }
    }
}
