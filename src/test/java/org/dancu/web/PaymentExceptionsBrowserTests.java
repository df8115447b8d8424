package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.payments.PaymentLines;
import org.dancu.register.ImportFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A commune officer works a payment the bank sent back, in a real browser: the return reaches the queue
 * from the menu, in words, and the officer has it paid in cash instead.
 */
class PaymentExceptionsBrowserTests extends BrowserTest {

    @Test
    void anOfficerHasAReturnedPaymentPaidInCash() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long cycle = PaymentLines.cycle(jdbc, "SENT");
        long line = PaymentLines.line(jdbc, cycle, PaymentLines.beneficiary(jdbc, PaymentLines.pin(),
                ImportFixtures.MUONG_THANH), "SENT");
        long exception = PaymentLines.returnedByTheBank(context, line, "AC04");
        String officer = StaffFixtures.create(context, Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null),
                "Lường Thị Chi");

        logIn(officer, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ngoại lệ chi trả").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Ngoại lệ chi trả");
        Locator row = page.locator("[data-exception='" + exception + "']");
        assertThat(row).containsText("Ngân hàng trả lại");
        assertThat(row).containsText("Tài khoản đã đóng");
        assertThat(row).containsText("500.000");

        row.locator("select[name=disposition]").selectOption("CASH");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xử lý")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã xử lý ngoại lệ.");
        assertThat(page.locator("[data-exception='" + exception + "']")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đã xử lý").setExact(true)).click();
        assertThat(page.locator("[data-exception='" + exception + "']")).containsText("Chi tiền mặt qua bưu điện");
        org.assertj.core.api.Assertions.assertThat(PaymentLines.status(jdbc, line)).isEqualTo("CASH_DUE");
    }
}
