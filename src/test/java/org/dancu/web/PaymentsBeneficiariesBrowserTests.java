package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.register.RegisteredPerson;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;

/**
 * A province officer enters a decision's beneficiaries in a real browser: from the menu, a living resident
 * entered by ID and shown as paid, then a person the register shows dead refused in words.
 */
class PaymentsBeneficiariesBrowserTests extends BrowserTest {

    @Test
    void anOfficerEntersABeneficiaryAndSeesADeadPersonRefused() {
        RegisteredPerson person = PaymentsFixtures.eligiblePersons(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 1)
                .get(0);
        RegisteredPerson dead = PaymentsFixtures.deadPerson(context);
        logIn(StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Thị Chi Trả"),
                StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đối tượng hưởng").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Đối tượng hưởng các chương trình chi trả");

        fill(person, "QĐ 901/QĐ-UBND");
        assertThat(page.locator(".alert.success")).hasText(
                "Đối tượng đã được liên kết với cơ sở dữ liệu dân cư và sẽ được chi trả từ ngày bắt đầu hưởng.");
        assertThat(page.locator("#beneficiaries")).containsText(person.name().fullName());
        assertThat(page.locator("#beneficiaries")).containsText("Đang hưởng");

        fill(dead, "QĐ 902/QĐ-UBND");
        assertThat(page.locator(".alert.error"))
                .hasText("Cơ sở dữ liệu dân cư ghi người này đã chết; không có gì được nhập.");
    }

    private void fill(RegisteredPerson person, String decision) {
        page.getByLabel("Chương trình").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Trợ cấp xã hội hằng tháng"));
        page.getByLabel("Số định danh cá nhân").fill(person.pin().value());
        page.getByLabel("Họ và tên").fill(person.name().fullName());
        page.getByLabel("Hệ số so với mức chuẩn").fill("1,5");
        page.getByLabel("Số quyết định").fill(decision);
        page.getByLabel("Ngày quyết định (ngày/tháng/năm)").fill("20/11/2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập đối tượng")).click();
    }
}
