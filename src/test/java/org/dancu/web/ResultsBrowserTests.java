package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;

/**
 * A commune officer works with a result in a real browser: from the menu to the list filtered by the
 * holder, the result's page and its PDF; a revocation refused without a reason; a corrected result
 * issued to replace it, after which the old one reads "replaced" and links to its successor.
 */
class ResultsBrowserTests extends BrowserTest {

    @Test
    void aCommuneOfficerFindsAResultDownloadsItsPdfAndReplacesItByACorrectedOne() {
        Pin holder = ResultsFixtures.holder(context, ResultsFixtures.MUONG_THANH, true);
        IssuedResult result = context.getBean(Results.class).issue(ResultsFixtures.birthExtract(holder));
        String officer = StaffFixtures.create(context, Role.COMMUNE_OFFICER,
                new Scope(ResultsFixtures.MUONG_THANH, null), "Lò Văn Cấp");

        logIn(officer, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết quả").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Kết quả giải quyết thủ tục");
        page.getByLabel("Số định danh người được cấp").fill(holder.value());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(result.code().value())).click();
        assertThat(page.locator("h1")).containsText("Trích lục khai sinh");
        assertThat(page.locator("#status")).hasText("Còn hiệu lực");
        assertThat(page.locator("#result-fields")).containsText("Lò Văn Sáng");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Tải bản PDF")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(result.code().value() + ".pdf");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thu hồi")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Cần ghi lý do thu hồi.");
        assertThat(page.locator("#status")).hasText("Còn hiệu lực");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cấp kết quả đính chính thay thế")).click();
        page.getByLabel("Ngày sinh").fill("13/03/2019");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cấp kết quả thay thế")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã cấp kết quả thay thế");
        assertThat(page.locator("#result-fields")).containsText("13/03/2019");

        page.navigate("/results/" + result.code().value());
        assertThat(page.locator("#status")).containsText("Đã được thay thế ngày");
        assertThat(page.locator("#revoke")).hasCount(0);
    }
}
