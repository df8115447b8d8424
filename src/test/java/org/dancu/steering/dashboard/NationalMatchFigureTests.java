package org.dancu.steering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.dancu.register.RegisterTestData;
import org.dancu.national.NationalFixtures;
import org.dancu.national.NationalIndicators;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.figures.Figures;
import org.dancu.steering.figures.IndicatorValues;
import org.dancu.steering.figures.Recompute;
import org.dancu.steering.internal.Today;
import org.dancu.steering.reviews.ReportBlock;
import org.dancu.steering.reviews.ReviewLayout;
import org.dancu.steering.reviews.Reviews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before any reconciliation has checked anyone (no connector configured), the national-match figure
 * reads "no data yet" on the dashboard and in the review, never "0 %" beside "not met". The state is
 * made inside a transaction that is rolled back, so the shared database keeps its checks.
 */
@SpringBootTest
class NationalMatchFigureTests {

    private static final Scope PROVINCE = new Scope("11", null);
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired ApplicationContext context;
    @Autowired IndicatorCatalogue catalogue;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Recompute recompute;
    @Autowired Dashboard dashboard;
    @Autowired Cards cards;
    @Autowired Reviews reviews;
    @Autowired ReviewLayout layout;
    @Autowired Figures figures;

    @Test
    void withoutAnyReconciliationTheFigureSaysNoDataYetOnTheDashboardAndInTheReview() throws Exception {
        RegisterTestData.ensureLoaded(context);
        Period month = Period.containing(PeriodType.MONTH, context.getBean(Today.class).date());
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            NationalFixtures.forgetChecks(context);
            recompute.all();

            Cards.Card card = cards.of(dashboard.lines(PROVINCE, IndicatorValues.UnitLevel.PROVINCE, "11", month), month, VI)
                    .stream().filter(c -> c.code().equals(NationalIndicators.VERIFIED_NATIONAL)).findFirst()
                    .orElseThrow();
            assertThat(card.hasData()).isFalse();
            assertThat(card.value()).isEqualTo("chưa có dữ liệu");
            assertThat(card.met()).as("neither met nor not met").isNull();

            String name = figures.text(catalogue.find(NationalIndicators.VERIFIED_NATIONAL)
                    .orElseThrow().nameKey(), VI);
            List<Object> row = layout.parts(reviews.build(PROVINCE, month), VI).stream()
                    .filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast)
                    .flatMap(t -> t.rows().stream()).filter(r -> name.equals(r.get(0))).findFirst().orElseThrow();
            assertThat(figures.figure((ReportBlock.Figure) row.get(1), VI)).isEqualTo("chưa có dữ liệu");
        });
    }
}
