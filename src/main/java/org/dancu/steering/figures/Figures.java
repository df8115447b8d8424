package org.dancu.steering.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.dancu.civil.ProvinceTime;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.reviews.ReportBlock;
import org.dancu.steering.tasks.RiskMethod;
import org.dancu.steering.tasks.Task;
import org.dancu.steering.tasks.TaskRisk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Numbers, periods, dates and reasons as the committee reads them, in the user's language: one
 * decimal, the locale's separators, dd/MM/yyyy dates, periods in words ("Quý IV/2026"). Pages, PDF,
 * DOCX and XLSX all format through here so a figure reads the same everywhere.
 * <p>
 * <b>One rounding rule</b> ({@link #shown}): figures are cut, not rounded, to one decimal. A figure
 * below its target (targets have at most one decimal) therefore never reads as the target, and
 * 22,392 of 22,393 reads 99,9 %, never 100 %.
 */
@Component
public class Figures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final MessageSource messages;
    private final IndicatorCatalogue catalogue;
    private final ProvinceTime time;

    public Figures(MessageSource messages, ProvinceTime time, IndicatorCatalogue catalogue) {
        this.messages = messages;
        this.time = time;
        this.catalogue = catalogue;
    }

    /** A figure as it is shown everywhere: cut to one decimal. */
    public static BigDecimal shown(BigDecimal value) {
        return value.setScale(1, RoundingMode.DOWN);
    }

    public String number(double value, Locale locale) {
        return number(BigDecimal.valueOf(value), locale);
    }

    public String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return text("steering.no-data", locale);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(shown(value));
    }

    /** A value with its unit: "87,3 %" for percentages, a plain number otherwise. */
    public String value(IndicatorDefinition definition, BigDecimal value, Locale locale) {
        return figure(ReportBlock.Figure.of(definition, value), locale);
    }

    /** A table figure as text: with its unit, signed for a change, "no data yet" without a value. */
    public String figure(ReportBlock.Figure figure, Locale locale) {
        if (figure.value() == null) {
            return figure.kind() == ReportBlock.Figure.Kind.CHANGE ? "" : text("steering.no-data", locale);
        }
        return switch (figure.kind()) {
            case PERCENT -> number(figure.value(), locale) + " %";
            case CHANGE -> change(figure.value(), locale);
            case DECIMAL, COUNT -> number(figure.value(), locale);
        };
    }

    /** A table cell as text: a figure as {@link #figure} prints it, anything else as it is. */
    public String cell(Object value, Locale locale) {
        return value instanceof ReportBlock.Figure figure ? figure(figure, locale) : String.valueOf(value);
    }

    /** "+2,4" or "-1"; empty when there is nothing to compare. */
    public String change(BigDecimal change, Locale locale) {
        if (change == null) {
            return "";
        }
        return (shown(change).signum() > 0 ? "+" : "") + number(change, locale);
    }

    public String date(LocalDate date) {
        return date.format(DATE);
    }

    /** When a stored figure was computed, in the province's time: "Số liệu tính lúc 07/12/2026 14:05". */
    public String computedAt(Instant at, Locale locale) {
        return at == null ? "" : text("steering.computed-at", locale, dateTime(at));
    }

    /** An instant in the province's time, {@code 07/12/2026 14:05}; empty for null. */
    public String dateTime(Instant at) {
        return at == null ? "" : time.dateTime(at);
    }

    /**
     * What a change is measured against, naming the other side and whether it is demo history: "So
     * với Tháng 12/2025 (số liệu mẫu)"; empty without a value to compare with.
     */
    public String comparedWith(Period base, StoredValue baseValue, Locale locale) {
        if (baseValue == null || baseValue.value() == null) {
            return "";
        }
        return text(baseValue.demo() ? "steering.compare.with-demo" : "steering.compare.with", locale,
                period(base, locale));
    }

    /** A period in words: "Tháng 12/2026", "Quý IV/2026", "6 tháng cuối năm 2026", "Năm 2026" (or English). */
    public String period(Period period, Locale locale) {
        String year = Integer.toString(period.start().getYear());
        int month = period.start().getMonthValue();
        return switch (period.type()) {
            case MONTH -> text("steering.period.MONTH", locale, Integer.toString(month),
                    period.start().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), year);
            case QUARTER -> text("steering.period.QUARTER", locale, Integer.toString((month + 2) / 3),
                    ROMAN[(month - 1) / 3], year);
            case HALF_YEAR -> text("steering.period.HALF_YEAR." + (month == 1 ? 1 : 2), locale, year);
            case YEAR -> text("steering.period.YEAR", locale, year);
        };
    }

    /**
     * The place and date line of an administrative document: "Điện Biên, ngày 07 tháng 02 năm 2026"
     * (days below 10 and the months January and February with a leading zero, as the rules on
     * administrative documents ask).
     */
    public String placeAndDate(String place, LocalDate date, Locale locale) {
        String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
        String month = (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue();
        return text("steering.official.place-date", locale, place, day, month, Integer.toString(date.getYear()),
                date(date));
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * Why a task has its risk status, with the figures behind it. Every reason message gets the same
     * arguments in the same places, so no message can refer to one it was not given: {0} the current
     * value, {1} the target, {2} the deadline, {3} the projection, {4} its margin, {5} the monthly
     * values used, {6} the fewest needed.
     */
    public String reason(TaskRisk risk, Locale locale) {
        RiskMethod.Assessment a = risk.assessment();
        Task task = risk.task();
        IndicatorDefinition definition = task.indicatorCode() == null ? null
                : catalogue.find(task.indicatorCode()).orElseThrow();
        Object[] arguments = {
                measured(definition, a.latest(), locale),
                task.target() == null ? "" : value(definition, task.target(), locale),
                date(task.deadline()),
                measured(definition, a.projected(), locale),
                Double.isNaN(a.margin()) ? "" : number(a.margin(), locale),
                Integer.toString(a.points()),
                Integer.toString(RiskMethod.MIN_POINTS)};
        String key = switch (a.status()) {
            case MET -> "met";
            case LATE -> definition == null ? "late-no-indicator" : Double.isNaN(a.latest()) ? "late-no-data" : "late";
            case TOO_FEW_POINTS -> "too-few";
            case NO_DATA -> "no-data";
            case REPORTED -> "no-indicator";
            case AT_RISK, ON_TRACK -> "projection";
        };
        String reason = text("steering.risk.reason." + key, locale, arguments);
        return risk.computedAt() == null ? reason
                : text("steering.risk.computed-at", locale, reason, dateTime(risk.computedAt()));
    }

    private String measured(IndicatorDefinition definition, double value, Locale locale) {
        return definition == null || Double.isNaN(value) ? "" : value(definition, BigDecimal.valueOf(value), locale);
    }

    public String status(TaskRisk risk, Locale locale) {
        return text("steering.risk.status." + risk.assessment().status().name(), locale);
    }

    /** CSS badge class for a risk status. */
    public static String badge(TaskRisk risk) {
        return switch (risk.assessment().status()) {
            case MET, ON_TRACK -> "ok";
            case AT_RISK, TOO_FEW_POINTS, NO_DATA -> "warn";
            case LATE -> "bad";
            case REPORTED -> "";
        };
    }
}
