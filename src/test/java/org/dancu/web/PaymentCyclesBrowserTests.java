package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dancu.payments.CyclesFixtures;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;

/**
 * A paying agency's officer prepares a cycle in a real browser and cannot approve it; a province officer
 * approves it: from the menu to the list, the cycle, its control totals and lines, the two signatures.
 */
class PaymentCyclesBrowserTests extends BrowserTest {

    @Test
    void aMakerPreparesACycleAndADifferentCheckerApprovesIt() {
        PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 2, PayChannel.POST_HOME);
        long cycleId = CyclesFixtures.lockedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE).id();
        logIn(StaffFixtures.create(context, Role.AGENCY_OFFICER, new Scope(null, "SO_YT"), "Lò Thị Lập"),
                StaffFixtures.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kỳ chi trả").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Kỳ chi trả");
        page.locator("#cycle-" + cycleId + " a").click();
        assertThat(page.locator("#cycle-status")).hasText("Đã chốt danh sách");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập kỳ chi trả (người lập)")).click();
        assertThat(page.locator(".alert.success")).containsText("Đã lập kỳ chi trả");
        assertThat(page.locator("#cycle-status")).hasText("Đã lập, chờ duyệt");
        assertThat(page.locator("#cycle-totals")).containsText("dòng");
        assertThat(page.locator("#cycle-lines")).containsText("Tiền mặt tại nhà (bưu điện)");
        assertThat(page.locator("#approve")).hasCount(0);
        assertThat(page.locator("main")).containsText("Bạn đã lập kỳ chi trả này: một cán bộ khác phê duyệt.");

        browser.close();
        browser = BrowserSession.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("vi-VN"));
        page = browser.newPage();
        logIn(StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Quàng Văn Duyệt"),
                StaffFixtures.PASSWORD);
        page.navigate("/payments/cycles/" + cycleId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phê duyệt kỳ chi trả (người duyệt)")).click();
        assertThat(page.locator(".alert.success")).hasText("Đã phê duyệt kỳ chi trả.");
        assertThat(page.locator("#cycle-status")).hasText("Đã duyệt");
        assertThat(page.locator("#send")).isVisible();
    }
}
