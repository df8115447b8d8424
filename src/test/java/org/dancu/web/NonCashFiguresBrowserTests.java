package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.dancu.civil.ProvinceTime;
import org.dancu.payments.PaymentsIndicators;
import org.dancu.payments.PaidLineFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.SteeringFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A province officer on the steering overview follows this month's social non-cash figure to the
 * payments it counts: the list's total is the figure's numerator, each line in words.
 */
class NonCashFiguresBrowserTests extends BrowserTest {

    @Test
    void theSocialNonCashFigureLeadsToTheLinesItCounts() {
        PaidLineFixtures.paidToday(context);
        SteeringFixtures.recomputeAll(context);
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now(ProvinceTime.VIETNAM));
        long numerator = context.getBean(JdbcClient.class).sql("""
                        SELECT numerator FROM steering.indicator_value
                        WHERE indicator_code = :code AND period_code = :period AND unit_level = 'PROVINCE'
                          AND agency_code = ''""")
                .param("code", PaymentsIndicators.SOCIAL_NONCASH).param("period", month.code())
                .query(Long.class).single();
        logIn(StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Quàng Văn Chi"),
                StaffFixtures.PASSWORD);

        page.navigate("/steering?period=" + month.code());
        page.locator("#indicator-" + PaymentsIndicators.SOCIAL_NONCASH + " .drill a").first().click();

        assertThat(page.locator("h1")).hasText("Các lượt chi trả của một số liệu");
        assertThat(page.locator("p.count")).hasText(numerator + " lượt chi trả");
        assertThat(page.locator("table.data tbody tr").first()).containsText("Đã chuyển vào tài khoản");
        assertThat(page.locator("table.data tbody")).not().containsText("Đã chi trả tiền mặt");
    }
}
