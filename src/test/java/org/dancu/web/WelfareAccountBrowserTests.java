package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.payments.AccountFixtures;
import org.junit.jupiter.api.Test;

/**
 * A citizen signed in at e-ID level 2 links their welfare account in a real browser at a phone's width: a number
 * the bank does not know is refused in words with what they typed kept, their own account is checked with the
 * bank and shown with its last four digits only.
 */
class WelfareAccountBrowserTests extends BrowserTest {

    @Test
    void aCitizenLinksTheirWelfareAccount() {
        Pin citizen = AccountFixtures.resident(context, "Lường", "Thị", "Xuân");
        String number = SimulatedAccounts.numberOf(citizen);
        String bin = AccountFixtures.bankWithOpenAccount(context, citizen);
        page.setViewportSize(360, 740);
        CitizenLogins.logIn(page, context, citizen, EidLevel.LEVEL_2);

        page.navigate("/citizen/payments/account");
        assertThat(page.locator("h1")).hasText("Tài khoản hưởng an sinh xã hội của tôi");
        assertThat(page.locator("#no-account")).isVisible();
        page.getByLabel("Ngân hàng hoặc ví điện tử").selectOption(bin);
        page.getByLabel("Số tài khoản").fill("2999 0000 1111");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Liên kết tài khoản này")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ngân hàng không có tài khoản với số này");
        assertThat(page.locator("#number")).hasValue("2999 0000 1111");

        page.getByLabel("Số tài khoản").fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Liên kết tài khoản này")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã liên kết tài khoản");
        assertThat(page.locator("#current-account")).containsText("•••• " + number.substring(number.length() - 4));
        assertThat(page.locator("#current-account")).containsText("Đã xác minh");
        assertThat(page.locator("#current-account")).not().containsText(number);
    }
}
