package org.dancu.steering.reviews;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dancu.security.AgencyDirectory;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.dashboard.Dashboard;
import org.dancu.steering.figures.Figures;
import org.dancu.steering.figures.StoredValue;
import org.dancu.steering.tasks.SlowingAgencies;
import org.dancu.steering.tasks.TaskRisk;
import org.springframework.stereotype.Component;

/** Lays a review out as headings, paragraphs and tables in the reader's language, for PDF and DOCX alike. */
@Component
public class ReviewLayout {

    private final Figures figures;
    private final AgencyDirectory agencies;

    ReviewLayout(Figures figures, AgencyDirectory agencies) {
        this.figures = figures;
        this.agencies = agencies;
    }

    /** Today's layout: a title and the production line, then the four parts. */
    List<ReportBlock> layout(Review review, Locale locale) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading(t("steering.review.title", locale, figures.period(review.period(), locale),
                review.unitName()), 0));
        blocks.add(produced(review, locale));
        blocks.addAll(parts(review, locale));
        return blocks;
    }

    ReportBlock produced(Review review, Locale locale) {
        return new ReportBlock.Text(t("steering.review.produced", locale, figures.date(review.producedOn()),
                figures.date(review.period().firstDay()), figures.date(review.period().lastDay())));
    }

    /** The four parts (results, tasks behind, agencies slowing, commune tables), after the demo notice if any. */
    public List<ReportBlock> parts(Review review, Locale locale) {
        Map<String, String> agencyNames = agencies.all(locale);
        List<ReportBlock> blocks = new ArrayList<>();
        if (review.results().stream().anyMatch(l -> !demoSides(l, locale).isEmpty())) {
            blocks.add(new ReportBlock.Text(t("steering.demo.notice", locale)));
        }

        blocks.add(new ReportBlock.Heading(t("steering.review.results", locale), 1));
        List<List<Object>> results = new ArrayList<>();
        for (Dashboard.IndicatorLine line : review.results()) {
            IndicatorDefinition definition = line.definition();
            results.add(List.of(t(definition.nameKey(), locale),
                    ReportBlock.Figure.of(definition, line.hasData() ? line.current().value() : null),
                    line.target() == null ? "" : ReportBlock.Figure.of(definition, line.target()),
                    line.previous() == null ? "" : ReportBlock.Figure.of(definition, line.previous().value()),
                    change(line.changeSincePrevious()),
                    line.yearEarlier() == null ? "" : ReportBlock.Figure.of(definition, line.yearEarlier().value()),
                    change(line.change()),
                    line.current() == null ? "" : figures.dateTime(line.current().computedAt()),
                    demoSides(line, locale)));
        }
        blocks.add(new ReportBlock.Table(List.of(t("steering.col.indicator", locale), t("steering.col.value", locale),
                t("steering.col.target", locale),
                t("steering.col.previous-of", locale, figures.period(review.period().previous(), locale)),
                t("steering.col.change", locale),
                t("steering.col.year-earlier-of", locale, figures.period(review.period().yearEarlier(), locale)),
                t("steering.col.yoy", locale), t("steering.col.computed-at", locale),
                t("steering.col.demo-sides", locale)), results));

        blocks.add(new ReportBlock.Heading(t("steering.review.behind", locale), 1));
        if (review.tasksBehind().isEmpty()) {
            blocks.add(new ReportBlock.Text(t("steering.review.none-behind", locale)));
        } else {
            List<List<Object>> rows = new ArrayList<>();
            for (TaskRisk risk : review.tasksBehind()) {
                rows.add(List.of(risk.task().title(), agencyNames.getOrDefault(risk.task().leadAgency(),
                        risk.task().leadAgency()), figures.date(risk.task().deadline()), figures.status(risk, locale),
                        figures.reason(risk, locale)));
            }
            blocks.add(new ReportBlock.Table(List.of(t("steering.col.task", locale), t("steering.col.lead", locale),
                    t("steering.col.deadline", locale), t("steering.col.risk", locale), t("steering.col.reason", locale)),
                    rows));
        }

        blocks.add(new ReportBlock.Heading(t("steering.review.slowing", locale), 1));
        if (review.slowing().isEmpty()) {
            blocks.add(new ReportBlock.Text(t("steering.review.none-slowing", locale)));
        } else {
            List<List<Object>> rows = new ArrayList<>();
            for (SlowingAgencies.Slowing s : review.slowing()) {
                rows.add(List.of(agencyNames.getOrDefault(s.agencyCode(), s.agencyCode()), slowingReasons(s, locale)));
            }
            blocks.add(new ReportBlock.Table(List.of(t("steering.col.agency", locale),
                    t("steering.col.reason", locale)), rows));
        }

        blocks.add(new ReportBlock.Heading(t("steering.review.communes", locale), 1));
        for (Review.CommuneTable table : review.communeTables()) {
            blocks.add(new ReportBlock.Heading(t(table.definition().nameKey(), locale), 2));
            blocks.add(new ReportBlock.Text(figures.computedAt(StoredValue.latest(table.rows().stream()
                    .map(row -> row.value().computedAt())), locale)));
            List<List<Object>> rows = new ArrayList<>();
            for (Review.CommuneRow row : table.rows()) {
                rows.add(List.of(row.code(), row.name(), count(row.value().numerator()),
                        count(row.value().denominator()), ReportBlock.Figure.of(table.definition(), row.value().value())));
            }
            blocks.add(new ReportBlock.Table(List.of(t("steering.col.code", locale), t("steering.col.commune", locale),
                    t(table.definition().numeratorKey(), locale), t(table.definition().denominatorKey(), locale),
                    t("steering.col.value", locale)), rows));
        }
        return blocks;
    }

    /** Which of a line's figures are demo history ("value, same period last year"), so no comparison hides it. */
    private String demoSides(Dashboard.IndicatorLine line, Locale locale) {
        List<String> sides = new ArrayList<>();
        if (line.current() != null && line.current().demo()) {
            sides.add(t("steering.demo.side.current", locale));
        }
        if (line.previous() != null && line.previous().demo()) {
            sides.add(t("steering.demo.side.previous", locale));
        }
        if (line.yearEarlier() != null && line.yearEarlier().demo()) {
            sides.add(t("steering.demo.side.year-earlier", locale));
        }
        return String.join(", ", sides);
    }

    public static ReportBlock.Figure count(BigDecimal value) {
        return new ReportBlock.Figure(value, ReportBlock.Figure.Kind.COUNT);
    }

    private static ReportBlock.Figure change(BigDecimal value) {
        return new ReportBlock.Figure(value, ReportBlock.Figure.Kind.CHANGE);
    }

    public String slowingReasons(SlowingAgencies.Slowing slowing, Locale locale) {
        List<String> reasons = new ArrayList<>();
        if (!slowing.tasksBehind().isEmpty()) {
            reasons.add(t("steering.slowing.tasks", locale, slowing.tasksBehind().size()));
        }
        for (SlowingAgencies.SlopeDrop drop : slowing.drops()) {
            reasons.add(t("steering.slowing.slope", locale, t(drop.indicator().nameKey(), locale),
                    figures.number(drop.before(), locale), figures.number(drop.recent(), locale)));
        }
        return String.join("; ", reasons);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return figures.text(key, locale, arguments);
    }
}
