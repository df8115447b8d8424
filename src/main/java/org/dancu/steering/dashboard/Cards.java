package org.dancu.steering.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dancu.steering.Period;
import org.dancu.steering.figures.Figures;
import org.dancu.steering.reviews.ReviewLayout;
import org.springframework.stereotype.Component;

/**
 * Indicator lines as the pages show them: formatted figures, target status, the demo mark, when the
 * figure was computed and what its change is measured against.
 */
@Component
class Cards {

    private final Figures figures;

    Cards(Figures figures) {
        this.figures = figures;
    }

    List<Card> of(List<Dashboard.IndicatorLine> lines, Period period, Locale locale) {
        return lines.stream().map(line -> new Card(line.definition().code(), line.definition().nameKey(),
                        line.hasData(), figures.value(line.definition(), line.hasData() ? line.current().value() : null, locale),
                        line.target() == null ? "" : figures.value(line.definition(), line.target(), locale),
                        figures.change(line.change(), locale), line.met(),
                        line.current() != null && line.current().demo(),
                        line.current() == null ? "" : count(line.current().numerator(), locale),
                        line.current() == null ? "" : count(line.current().denominator(), locale),
                        line.current() == null ? null : line.current().computedAt(),
                        figures.comparedWith(period.yearEarlier(), line.yearEarlier(), locale)))
                .toList();
    }

    private String count(BigDecimal value, Locale locale) {
        return figures.figure(ReviewLayout.count(value), locale);
    }

    /**
     * @param met        null without data or target
     * @param computedAt null without a stored value
     * @param comparison what {@code change} compares the value with, empty when there is no change
     */
    record Card(String code, String nameKey, boolean hasData, String value, String target, String change, Boolean met,
                boolean demo, String numerator, String denominator, Instant computedAt, String comparison) {

        public String badge() {
            return met == null ? "" : met ? "ok" : "warn";
        }
    }
}
