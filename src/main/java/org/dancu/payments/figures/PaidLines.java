package org.dancu.payments.figures;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.payments.PaymentsIndicators;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.security.SqlCondition;

/**
 * What the non-cash indicators count, in one place for the counts and the lists behind them: of the
 * lines of a programme family paid (credited to an account or wallet, or paid in cash against the
 * postal operator's receipt), those credited to an account or wallet. A line is dated by the day it was
 * paid; {@code l} is the line, {@code p} its cycle's programme.
 */
final class PaidLines {

    /** The denominator: paid, in either way. */
    static final String PAID = "l.status IN ('PAID', 'PAID_CASH') AND l.paid_on IS NOT NULL";
    /** The numerator: credited to an account or wallet; cash (PAID_CASH) never counts, whatever the line's channel. */
    static final String NON_CASH = "l.status = 'PAID' AND l.channel IN ('BANK_ACCOUNT', 'E_WALLET')";
    /** The tables, joined. */
    static final String FROM = " FROM payments.line l JOIN payments.cycle c ON c.id = l.cycle_id"
            + " JOIN payments.programme p ON p.code = c.programme_code ";

    /** Lines of any commune. */
    static final SqlCondition EVERY_COMMUNE = new SqlCondition("TRUE", Map.of());

    private static final Map<String, ProgrammeFamily> FAMILIES = Map.of(
            PaymentsIndicators.SOCIAL_NONCASH, ProgrammeFamily.SOCIAL,
            PaymentsIndicators.TUITION_NONCASH, ProgrammeFamily.TUITION);

    private PaidLines() {
    }

    /** The programme family an indicator counts, empty when it is not one of the payments indicators. */
    static Optional<ProgrammeFamily> family(String indicator) {
        return Optional.ofNullable(indicator).map(FAMILIES::get);
    }

    /** Lines recorded in one of the communes (codes as recorded, old or current). */
    static SqlCondition inCommunes(Set<String> communes) {
        return new SqlCondition("l.commune_code = ANY(:communes)", Map.of("communes", communes.toArray(String[]::new)));
    }

    /** The paid lines of the indicator's programme family. */
    static SqlCondition of(ProgrammeFamily family) {
        return new SqlCondition(PAID + " AND p.family = :family", Map.of("family", family.name()));
    }
}
