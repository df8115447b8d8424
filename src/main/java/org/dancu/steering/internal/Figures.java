package org.dancu.steering.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.dancu.steering.IndicatorDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Numbers, dates and reasons as the committee reads them, in the user's language: one decimal,
 * the locale's separators, dd/MM/yyyy dates. Pages, PDF, DOCX and XLSX all format through here so
 * a figure reads the same everywhere.
 */
@Component
class Figures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    Figures(MessageSource messages) {
        this.messages = messages;
    }

    String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    String number(BigDecimal value, Locale locale) {
        return value == null ? text("steering.no-data", locale) : number(value.doubleValue(), locale);
    }

    /** A value with its unit: "87,3 %" for percentages, a plain number otherwise. */
    String value(IndicatorDefinition definition, BigDecimal value, Locale locale) {
        if (value == null) {
            return text("steering.no-data", locale);
        }
        return definition.factor() == 100 ? number(value, locale) + " %" : number(value, locale);
    }

    /** "+2,4" or "−1,0"; empty when there is nothing to compare. */
    String change(BigDecimal change, Locale locale) {
        if (change == null) {
            return "";
        }
        return (change.signum() > 0 ? "+" : "") + number(change, locale);
    }

    String date(LocalDate date) {
        return date.format(DATE);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Why a task has its risk status, with the figures behind it. */
    String reason(TaskRisk risk, Locale locale) {
        RiskMethod.Assessment a = risk.assessment();
        if (a == null) {
            return text("steering.risk.reason.no-indicator", locale);
        }
        String target = number(risk.task().target(), locale);
        String deadline = date(risk.task().deadline());
        return switch (a.status()) {
            case MET -> text("steering.risk.reason.met", locale, number(a.latest(), locale), target);
            case LATE -> text("steering.risk.reason.late", locale,
                    Double.isNaN(a.latest()) ? text("steering.no-data", locale) : number(a.latest(), locale),
                    target, deadline);
            case TOO_FEW_POINTS -> text("steering.risk.reason.too-few", locale, a.points(), RiskMethod.MIN_POINTS);
            case AT_RISK, ON_TRACK -> text("steering.risk.reason.projection", locale, number(a.projected(), locale),
                    number(a.margin(), locale), deadline, target);
        };
    }

    String status(TaskRisk risk, Locale locale) {
        return text(risk.assessment() == null ? "steering.risk.status.NONE"
                : "steering.risk.status." + risk.assessment().status().name(), locale);
    }

    /** CSS badge class for a risk status. */
    static String badge(TaskRisk risk) {
        if (risk.assessment() == null) {
            return "";
        }
        return switch (risk.assessment().status()) {
            case MET, ON_TRACK -> "ok";
            case AT_RISK, TOO_FEW_POINTS -> "warn";
            case LATE -> "bad";
        };
    }
}
