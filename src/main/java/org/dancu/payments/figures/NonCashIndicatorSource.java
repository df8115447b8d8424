package org.dancu.payments.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dancu.payments.PaymentsIndicators;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.security.SqlCondition;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.RecordLinks;
import org.springframework.stereotype.Component;

/**
 * Feeds the steering dashboard from the payment lines: of the social-security (or tuition and
 * student-support) lines paid in a period, those credited to an account or wallet rather than paid in
 * cash; per commune as recorded on the line and per paying agency. Lines are dated by the day they were
 * paid, so any period that has begun can be counted again, and every figure of the province or a current
 * commune drills to its lines ({@link PaidLineList}).
 */
@Component
class NonCashIndicatorSource implements IndicatorSource {

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(PaymentsIndicators.SOCIAL_NONCASH, 100, "SO_YT", "payments", 400),
            new IndicatorDefinition(PaymentsIndicators.TUITION_NONCASH, 100, "SO_GDDT", "payments", 410));

    private final PaidLinesQuery query;

    NonCashIndicatorSource(PaidLinesQuery query) {
        this.query = query;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public boolean measures(Period period, LocalDate today) {
        return !period.firstDay().isAfter(today);
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        return counted(indicator, periods, PaidLines.EVERY_COMMUNE);
    }

    /** Only the lines recorded in the communes named (a line carries its beneficiary's commune). */
    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods, Set<String> communes) {
        return counted(indicator, periods, PaidLines.inCommunes(communes));
    }

    private List<IndicatorCount> counted(String indicator, List<Period> periods, SqlCondition communes) {
        return query.count(family(indicator), periods, communes).stream()
                .map(count -> new IndicatorCount(Period.parse(count.period()), count.communeCode(), null,
                        count.agency(), count.nonCash(), count.paid()))
                .toList();
    }

    /** The lines behind the figure of the province or a current commune in the period: credited, and paid. */
    @Override
    public Optional<RecordLinks> records(String indicator, String communeCode, Period period) {
        family(indicator);
        if (communeCode != null && !communeCode.matches("[0-9]{5}")) {
            return Optional.empty();
        }
        return Optional.of(new RecordLinks(new PaidLineList(indicator, period, communeCode, null, true).address(),
                new PaidLineList(indicator, period, communeCode, null, false).address()));
    }

    private static ProgrammeFamily family(String indicator) {
        return PaidLines.family(indicator)
                .orElseThrow(() -> new IllegalArgumentException("payments does not count " + indicator));
    }
}
