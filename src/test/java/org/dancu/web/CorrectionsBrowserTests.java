package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.civil.Pin;
import org.dancu.register.CorrectionFixtures;
import org.dancu.register.CorrectionRequests;
import org.dancu.register.ImportFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A commune officer works through citizens' correction requests in a real browser: from the register
 * to the work list, a request refused without a reason and rejected with one, another accepted, after
 * which the person's record reads as the citizen asked.
 */
class CorrectionsBrowserTests extends BrowserTest {

    @RegisterExtension final ImportFixtures ids = new ImportFixtures();

    @Test
    void aCommuneOfficerRejectsOneRequestWithAReasonAndAcceptsAnother() {
        Pin citizen = CorrectionFixtures.person(context, ids, ImportFixtures.MUONG_THANH);
        CorrectionRequests requests = context.getBean(CorrectionRequests.class);
        long wrong = requests.submit(citizen, CorrectionFixtures.givenName("Đạt"), Locale.forLanguageTag("vi"), null);
        long right = requests.submit(citizen, CorrectionFixtures.givenName("Đức"), Locale.forLanguageTag("vi"), null);
        String officer = StaffFixtures.create(context, Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null),
                "Lò Văn Xét");

        logIn(officer, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dân cư").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yêu cầu đính chính của công dân")).click();
        assertThat(page.locator("h1")).hasText("Yêu cầu đính chính của công dân");

        Locator first = page.locator("#request-" + wrong);
        assertThat(first).containsText("Lò Văn Đúng");
        assertThat(first).containsText("Đúng → Đạt");
        assertThat(first).containsText("đã chờ 0 ngày");
        first.getByLabel("Lý do từ chối").fill("Giấy khai sinh ghi tên Đúng");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Từ chối").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã từ chối yêu cầu");
        assertThat(page.locator("#request-" + wrong)).hasCount(0);

        page.locator("#request-" + right).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Chấp nhận và cải chính")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã chấp nhận yêu cầu");
        assertThat(page.locator("#correction-requests")).hasCount(0);
        assertThat(page.getByText("Không có yêu cầu nào đang chờ xử lý.")).isVisible();

        page.navigate("/register?pin=" + citizen.value());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lò Văn Đức")).click();
        assertThat(page.locator("h1")).containsText("Lò Văn Đức");
    }
}
