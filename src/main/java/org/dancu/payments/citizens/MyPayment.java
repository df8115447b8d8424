package org.dancu.payments.citizens;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.dancu.payments.LineStatus;
import org.dancu.payments.PayChannel;

/**
 * One payment to the signed-in citizen as "my payments" shows it: the programme, the period, the amount in
 * dong, where it stands and why, and the day it was paid (or is due).
 *
 * @param period the cycle's period code: {@code 2026-11}, {@code 2026-S1} or {@code 2026-09-02}
 * @param reason why held or returned (a hold reason or an ISO 20022 reason code); null otherwise
 * @param paidOn the day the bank booked it or the postal operator paid it; null until then
 * @param dueOn  the cycle's pay day
 */
record MyPayment(long lineId, String programmeVi, String programmeEn, String period, long amount, LineStatus status,
                 PayChannel channel, String reason, LocalDate paidOn, LocalDate dueOn) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The programme's name in the page's language. */
    public String programme(String language) {
        return "en".equals(language) ? programmeEn : programmeVi;
    }

    /** The message key naming the period's kind: a month, a semester or a one-off day. */
    public String periodKey() {
        if (period.matches("\\d{4}-\\d{2}")) {
            return "payments.citizens.period.month";
        }
        return period.matches("\\d{4}-S\\d") ? "payments.citizens.period.semester" : "payments.citizens.period.day";
    }

    /** The period's parts for its message: month and year, semester and year, or the day. */
    public Object[] periodArguments() {
        if (period.matches("\\d{4}-\\d{2}")) {
            return new Object[] {period.substring(5), period.substring(0, 4)};
        }
        if (period.matches("\\d{4}-S\\d")) {
            return new Object[] {period.substring(6), period.substring(0, 4)};
        }
        return new Object[] {DAY.format(dueOn)};
    }

    /** The message key of the reason's words, for the citizen; null without a reason. */
    public String reasonKey() {
        if (reason == null) {
            return null;
        }
        return status == LineStatus.HELD ? "payments.citizens.held." + reason : "payments.reason." + reason;
    }
}
