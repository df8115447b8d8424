package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;

/**
 * The administrator keeps the working-day calendar in a real browser: from the menu to a year's
 * holidays, a decision refused for overlapping one recorded, then a make-up Saturday recorded in
 * Vietnamese dates and shown in the year.
 */
class WorkdaysBrowserTests extends BrowserTest {

    @Test
    void theAdministratorRecordsAMakeUpSaturdayAndSeesAnOverlapRefused() {
        String admin = StaffFixtures.create(context, Role.ADMINISTRATOR, new Scope("11", null), "Quàng Văn Lịch");
        logIn(admin, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch ngày làm việc").setExact(true)).click();
        page.navigate(page.url() + "?year=2026");
        assertThat(page.locator("h1")).hasText("Lịch ngày làm việc năm 2026");
        assertThat(page.locator("table.data").first()).containsText("27/04/2026");
        assertThat(page.locator("table.data").first()).containsText("Ngày nghỉ bù");

        page.getByLabel("Dịp").selectOption("Tết Âm lịch");
        page.getByLabel("Từ ngày (ngày/tháng/năm)").fill("20/02/2026");
        page.getByLabel("Đến ngày (ngày/tháng/năm, để trống nếu chỉ một ngày)").fill("23/02/2026");
        page.getByLabel("Văn bản, nguồn công bố").fill("Công văn thử nghiệm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi quyết định")).click();
        assertThat(page.locator(".alert.error"))
                .hasText("Chưa ghi: trùng với quyết định đã ghi cho các ngày 14/02/2026 – 22/02/2026.");

        page.getByLabel("Dịp").selectOption("Quốc khánh");
        page.getByLabel("Loại ngày").selectOption("Ngày làm bù");
        page.getByLabel("Từ ngày (ngày/tháng/năm)").fill("11/09/2032");
        page.getByLabel("Đến ngày (ngày/tháng/năm, để trống nếu chỉ một ngày)").fill("");
        page.getByLabel("Văn bản, nguồn công bố").fill("Công văn thử nghiệm làm bù");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi quyết định")).click();
        assertThat(page.locator(".alert.success")).hasText("Đã ghi quyết định; lịch ngày làm việc đã được tính lại.");
        assertThat(page.locator("h1")).hasText("Lịch ngày làm việc năm 2032");
        assertThat(page.locator("table.data").first()).containsText("11/09/2032");
        assertThat(page.locator("table.data").first()).containsText("Ngày làm bù");
    }
}
