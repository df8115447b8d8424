package org.dancu.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * One effective-dated version of a programme's rule: the figures of its formula, when it pays, the
 * cut-off of its lists, the ages it covers, and the law it rests on.
 *
 * @param standardLevel the standard social-assistance level (coefficient x this per month), or null
 * @param monthlyAmount study-cost support per month (x the beneficiary's months), or null
 * @param fixedAmount   a one-off payment's amount, or null
 * @param payMonths     the months a payment falls due in (a one-off: its pay date's month)
 * @param payDate       a one-off's pay date, or null
 * @param cutOffDay     the day of the month before a payment on which its list is fixed (25)
 */
public record ProgrammeRule(LocalDate effectiveFrom, Vnd standardLevel, Vnd monthlyAmount, Vnd fixedAmount,
                            Set<Month> payMonths, LocalDate payDate, int cutOffDay, Integer minimumAge,
                            Integer maximumAge, String legalBasis, String source) {

    /**
     * What one beneficiary is paid at one payment under this rule.
     *
     * @param coefficient the beneficiary's coefficient of the standard level (monthly assistance, social pension)
     * @param months      the beneficiary's months of study paid at this payment (study support)
     * @throws IllegalArgumentException when the kind needs a figure the beneficiary or the rule lacks
     */
    public Vnd amountFor(ProgrammeKind kind, BigDecimal coefficient, Integer months) {
        return switch (kind) {
            case MONTHLY_ASSISTANCE, SOCIAL_PENSION -> {
                require(standardLevel, "a standard level");
                require(coefficient, "the beneficiary's coefficient");
                yield Vnd.of(coefficient.multiply(standardLevel.toBigDecimal()).setScale(0, RoundingMode.HALF_UP));
            }
            case STUDY_SUPPORT -> {
                require(monthlyAmount, "a monthly amount");
                require(months, "the beneficiary's months");
                yield monthlyAmount.times(months);
            }
            case ONE_OFF -> {
                require(fixedAmount, "a fixed amount");
                yield fixedAmount;
            }
        };
    }

    private static void require(Object figure, String what) {
        if (figure == null) {
            throw new IllegalArgumentException("the amount needs " + what);
        }
    }
}
