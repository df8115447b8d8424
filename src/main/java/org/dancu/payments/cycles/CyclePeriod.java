package org.dancu.payments.cycles;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;

/**
 * When a programme's payment of one month falls and when its list closes: the list is fixed on the
 * rule's cut-off day (the 25th, Decree 20/2021 Art. 34) of the month before the payment, and a decision
 * entered after it waits for the next cycle.
 *
 * @param code    the period as the cycle names it: {@code 2026-12} for a month, {@code 2026-S2} for a
 *                programme paid per semester, the pay date for a one-off
 * @param paysOn  the day the banks are asked to pay (the first of the month, a one-off's pay date)
 * @param cutOff  the last day a decision entered counts in this cycle
 */
public record CyclePeriod(String code, LocalDate paysOn, LocalDate cutOff) {

    /** Dates as people read them. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The period of the programme's payment in that month, under the rule in force then.
     *
     * @throws PaymentRefusedException when the programme does not pay in that month
     */
    public static CyclePeriod of(Programme programme, YearMonth month) {
        ProgrammeRule rule = programme.rule();
        if (!rule.payMonths().contains(month.getMonth())
                || programme.kind() == ProgrammeKind.ONE_OFF && !YearMonth.from(rule.payDate()).equals(month)) {
            throw new PaymentRefusedException("payments.cycles.error.no-payment", month.getMonthValue(), month.getYear());
        }
        LocalDate paysOn = programme.kind() == ProgrammeKind.ONE_OFF ? rule.payDate() : month.atDay(1);
        LocalDate cutOff = YearMonth.from(paysOn).minusMonths(1).atDay(rule.cutOffDay());
        return new CyclePeriod(code(programme.kind(), rule, month, paysOn), paysOn, cutOff);
    }

    private static String code(ProgrammeKind kind, ProgrammeRule rule, YearMonth month, LocalDate paysOn) {
        return switch (kind) {
            case ONE_OFF -> paysOn.toString();
            case STUDY_SUPPORT -> {
                List<Month> months = rule.payMonths().stream().sorted().toList();
                yield month.getYear() + "-S" + (months.indexOf(month.getMonth()) + 1);
            }
            case MONTHLY_ASSISTANCE, SOCIAL_PENSION -> month.toString();
        };
    }
}
