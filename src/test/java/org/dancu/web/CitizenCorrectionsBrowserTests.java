package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.register.CorrectionFixtures;
import org.dancu.register.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A citizen signed in with the e-ID says their record is wrong in a real browser: a wrong date is refused
 * beside its field with what they typed kept, the corrected request is sent and waits in their list, and
 * they withdraw it.
 */
class CitizenCorrectionsBrowserTests extends BrowserTest {

    @RegisterExtension final ImportFixtures ids = new ImportFixtures();

    @Test
    void aCitizenSendsACorrectionRequestAndWithdrawsIt() {
        Pin citizen = CorrectionFixtures.person(context, ids, ImportFixtures.MUONG_THANH);
        CitizenLogins.logIn(page, context, citizen, EidLevel.LEVEL_1);

        page.navigate("/citizen/record/corrections");
        assertThat(page.getByText("Bạn chưa gửi yêu cầu đính chính nào.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thông tin này sai")).click();
        assertThat(page.locator("h1")).hasText("Báo thông tin sai");

        page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill("Đức");
        page.getByLabel("Ngày sinh").fill("31/02/1990");
        page.getByLabel("Lý do (giấy tờ nào ghi thông tin đúng)").fill("Giấy khai sinh ghi tên Đức");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi yêu cầu đính chính")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Yêu cầu chưa được gửi");
        assertThat(page.locator("#GIVEN_NAME")).hasValue("Đức");
        assertThat(page.locator("#BIRTH_DATE")).hasValue("31/02/1990");

        page.getByLabel("Ngày sinh").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi yêu cầu đính chính")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi yêu cầu");
        Locator request = page.locator("article.card");
        assertThat(request).hasCount(1);
        assertThat(request).containsText("Đúng → Đức");
        assertThat(request).containsText("Đang chờ xử lý");

        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rút lại yêu cầu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã rút lại yêu cầu");
        assertThat(page.locator("article.card")).containsText("Đã rút lại");
        assertThat(page.locator("article.card").getByRole(AriaRole.BUTTON)).hasCount(0);
    }
}
