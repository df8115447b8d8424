package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.locality.Localities;
import org.dancu.national.NationalFixtures;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.SteeringFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A leader reads the steering figures as a committee would: every old commune of the register in
 * the pre-2025 view with its figure, "no data yet" for the national match before any
 * reconciliation, and after one the residents behind the national-match figure.
 */
class SteeringFiguresBrowserTests extends BrowserTest {

    private String leader() {
        return StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Lãnh");
    }

    @Test
    void aLeaderSeesEveryOldCommuneAndDistrictWithItsFigureInThePreReformView() throws IOException {
        RegisterTestData.ensureLoaded(context);
        SteeringFixtures.recomputeAll(context);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Localities localities = context.getBean(Localities.class);
        List<String> codes = jdbc.sql("""
                        SELECT DISTINCT commune_code FROM register.person WHERE alive AND resident
                          AND commune_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = '11')
                        ORDER BY 1""").query(String.class).list();
        LocalDate lastOldDay = Localities.REFORM_2025.minusDays(1);
        long districts = codes.stream().map(code -> localities.resolve(code, lastOldDay).orElseThrow().unit().parentCode())
                .distinct().count();
        String reused = codes.stream().filter(code -> localities.resolve(code).orElseThrow().unit().isCurrent())
                .findFirst().orElseThrow();
        String oldName = localities.resolve(reused, lastOldDay).orElseThrow().unit().fullName();

        logIn(leader(), StaffFixtures.PASSWORD);
        page.navigate("/steering/ranking?indicator=REG_VALID_PIN");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn vị hành chính trước sắp xếp")).click();

        Locator tables = page.locator("table.ranking");
        assertThat(tables).hasCount(2);
        assertThat(tables.nth(0).locator("tbody tr")).hasCount((int) districts);
        assertThat(tables.nth(1).locator("tbody tr")).hasCount(codes.size());
        Locator row = tables.nth(1).locator("tbody tr", new Locator.LocatorOptions()
                .setHas(page.getByText(oldName, new Page.GetByTextOptions().setExact(true))));
        assertThat(row).containsText(Pattern.compile("\\d+(,\\d)? %"));
        assertThat(page.locator("#old-units-hint")).containsText("kể cả mã mà một xã mới dùng lại");
    }

    /** The sector figures say what they count: evaluated records placed in a commune, of the datasets in use. */
    @Test
    void aLeaderReadsWhatASectorFigureCounts() {
        logIn(leader(), StaffFixtures.PASSWORD);
        page.navigate("/steering/ranking?indicator=CLEAN_TAX");
        assertThat(page.locator("p.hint").first()).hasText("Bản ghi thuế đạt cả bốn tiêu chí: đúng, đủ, sạch, sống / "
                + "Bản ghi thuế đã đánh giá, xác định được xã, của bộ dữ liệu đang dùng");
        page.navigate("/cleansing/figures");
        assertThat(page.locator("p.lead")).hasText(
                "Tỷ lệ bản ghi đã đánh giá của các bộ dữ liệu đang dùng đạt từng tiêu chí, trong phạm vi của bạn.");
    }

    /** After a reconciliation, the national-match figure leads to the residents whose check agreed, as many as it counts. */
    @Test
    void aLeaderFollowsTheNationalMatchFigureToTheResidentsItCounts() throws IOException {
        NationalFixtures.reconcileAndResolveOne(context);
        SteeringFixtures.recomputeAll(context);
        long numerator = context.getBean(JdbcClient.class).sql("""
                        SELECT numerator FROM steering.indicator_value WHERE indicator_code = 'REG_VERIFIED_NATIONAL'
                          AND period_code = :month AND unit_level = 'PROVINCE' AND agency_code = ''""")
                .param("month", Period.containing(PeriodType.MONTH, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).code())
                .query(Long.class).single();

        logIn(leader(), StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành").setExact(true)).click();
        page.locator("#indicator-REG_VERIFIED_NATIONAL").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Các bản ghi của tử số")).click();

        assertThat(page.locator("h1")).hasText("Người dân sau một số liệu");
        assertThat(page.locator(".filters")).containsText("khớp mọi trường với CSDL quốc gia");
        assertThat(page.locator("p.count")).containsText("người trong phạm vi của bạn");
        assertThat(page.locator("p.count").textContent().replaceAll("[^0-9]", "")).isEqualTo(String.valueOf(numerator));
        assertThat(page.locator("main table.data tbody tr").first().locator("a[href*='/register/persons/']"))
                .hasCount(1);
    }

    @AfterAll
    static void stopNation() {
        NationalFixtures.stop();
    }

    @Test
    void beforeAnyReconciliationTheNationalMatchReadsNoDataYet() {
        NationalFixtures.forgetChecks(context);
        SteeringFixtures.recomputeAll(context);

        logIn(leader(), StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành").setExact(true)).click();
        Locator card = page.locator("#indicator-REG_VERIFIED_NATIONAL");
        assertThat(card.locator(".big-number")).hasText("chưa có dữ liệu");
        assertThat(card).not().containsText("chưa đạt");
        assertThat(card.locator(".badge")).hasCount(0);
        assertThat(page.locator("#indicator-REG_VALID_PIN .big-number")).containsText("%");
    }
}
