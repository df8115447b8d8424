package org.dancu.payments.programmes;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Vnd;

/**
 * A programme as {@code payments/programmes.json} writes it: what it is, who pays it, and the versions of
 * its rule, each in force from its day until the next one's. Amounts are whole dong.
 */
record ProgrammeEntry(String code, ProgrammeKind kind, ProgrammeFamily family, String nameVi, String nameEn,
                      String payingAgency, List<RuleEntry> versions) {

    /** One version of the rule, as the file and the administrator's form give it. */
    record RuleEntry(LocalDate effectiveFrom, Long standardLevel, Long monthlyAmount, Long fixedAmount,
                     List<Integer> payMonths, LocalDate payDate, Integer cutOffDay, Integer minimumAge,
                     Integer maximumAge, String legalBasis, String source) {

        static final int DEFAULT_CUT_OFF_DAY = 25;

        /**
         * This version, checked against what the programme's kind needs: the figure of its formula,
         * months of the year, a cut-off day in 1..28, ages in order, a legal basis and a source.
         *
         * @throws PaymentRefusedException naming the first fault, in words
         */
        ProgrammeRule rule(ProgrammeKind kind) {
            if (effectiveFrom == null) {
                throw new PaymentRefusedException("payments.programmes.refused.effective-from");
            }
            Long figure = switch (kind) {
                case MONTHLY_ASSISTANCE, SOCIAL_PENSION -> standardLevel;
                case STUDY_SUPPORT -> monthlyAmount;
                case ONE_OFF -> fixedAmount;
            };
            if (figure == null || figure <= 0) {
                throw new PaymentRefusedException("payments.programmes.refused.figure." + kind.name());
            }
            if (kind == ProgrammeKind.ONE_OFF && payDate == null) {
                throw new PaymentRefusedException("payments.programmes.refused.pay-date");
            }
            List<Integer> months = kind == ProgrammeKind.ONE_OFF && payDate != null
                    ? List.of(payDate.getMonthValue()) : payMonths;
            if (months == null || months.isEmpty() || months.stream().anyMatch(m -> m == null || m < 1 || m > 12)) {
                throw new PaymentRefusedException("payments.programmes.refused.months");
            }
            int cutOff = cutOffDay == null ? DEFAULT_CUT_OFF_DAY : cutOffDay;
            if (cutOff < 1 || cutOff > 28) {
                throw new PaymentRefusedException("payments.programmes.refused.cut-off");
            }
            if ((minimumAge != null && minimumAge < 0) || (maximumAge != null && maximumAge < 0)
                    || (minimumAge != null && maximumAge != null && minimumAge > maximumAge)) {
                throw new PaymentRefusedException("payments.programmes.refused.ages");
            }
            if (blank(legalBasis) || blank(source)) {
                throw new PaymentRefusedException("payments.programmes.refused.legal-basis");
            }
            return new ProgrammeRule(effectiveFrom, vnd(standardLevel, kind == ProgrammeKind.MONTHLY_ASSISTANCE || kind == ProgrammeKind.SOCIAL_PENSION),
                    vnd(monthlyAmount, kind == ProgrammeKind.STUDY_SUPPORT), vnd(fixedAmount, kind == ProgrammeKind.ONE_OFF),
                    months.stream().map(Month::of).collect(Collectors.toCollection(TreeSet::new)),
                    kind == ProgrammeKind.ONE_OFF ? payDate : null, cutOff, minimumAge, maximumAge, legalBasis.strip(),
                    source.strip());
        }

        /** The rule as this entry's shape writes it (for the administrator's form and the stored versions). */
        static RuleEntry of(ProgrammeRule rule) {
            return new RuleEntry(rule.effectiveFrom(), dong(rule.standardLevel()), dong(rule.monthlyAmount()),
                    dong(rule.fixedAmount()), rule.payMonths().stream().map(Month::getValue).sorted().toList(),
                    rule.payDate(), rule.cutOffDay(), rule.minimumAge(), rule.maximumAge(), rule.legalBasis(),
                    rule.source());
        }

        private static Vnd vnd(Long dong, boolean used) {
            return used && dong != null ? Vnd.of(dong) : null;
        }

        private static Long dong(Vnd amount) {
            return amount == null ? null : amount.dong();
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    ProgrammeCode programmeCode() {
        return new ProgrammeCode(code);
    }

    /** The programme with one of its rules. */
    Programme with(ProgrammeRule rule) {
        return new Programme(programmeCode(), kind, family, nameVi, nameEn, payingAgency, rule);
    }
}
