package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.payments.MyPaymentsFixtures;
import org.dancu.payments.MyPaymentsFixtures.Payments;
import org.junit.jupiter.api.Test;

/**
 * A citizen on a 360 px phone opens "my payments" from the portal's menu: each payment is a card with its
 * status in words, the returned one with the bank's reason, and the page never scrolls sideways.
 */
class MyPaymentsBrowserTests extends BrowserTest {

    @Test
    void onAPhoneACitizenSeesEachPaymentWithItsStatusInWords() {
        Payments payments = MyPaymentsFixtures.paidAndReturned(context);
        page.setViewportSize(360, 740);
        CitizenLogins.logIn(page, context, payments.citizen(), EidLevel.LEVEL_2);

        page.getByText("Danh mục").click();
        page.locator("details .portal-menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Khoản chi trả của tôi")).click();

        assertThat(page.locator("h1")).hasText("Khoản chi trả của tôi");
        assertThat(page.locator("#payment-" + payments.paidLine())).containsText("Đã chuyển vào tài khoản");
        Locator returned = page.locator("#payment-" + payments.returnedLine());
        assertThat(returned).containsText("Bị trả lại");
        assertThat(returned).containsText("Tài khoản đã đóng");
        assertThat(page.locator("#payment-" + payments.neighboursLine())).hasCount(0);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the page fits 360 px").isTrue();
    }
}
