package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.dancu.results.PaperArchiveFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;

/**
 * Digitising a commune's paper archive in a real browser: a clerk uploads a scanned certificate and
 * watches it read, the record waiting for digitisers with its unknown ID flagged; a record of a
 * register person is entered by two digitisers (one correcting OCR), the same digitiser's second
 * entry refused, then spot-checked and issued as a result digitised from paper.
 */
class DigitisingBrowserTests extends BrowserTest {

    private static final Scope COMMUNE = new Scope(PaperArchiveFixtures.COMMUNE, null);

    private void signInAs(Role role, String name) {
        browser.clearCookies();
        logIn(StaffFixtures.create(context, role, COMMUNE, name), StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Số hoá").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Số hoá hồ sơ giấy");
    }

    @Test
    void aClerkUploadsAScanThatIsReadAndFlaggedForDigitisers() throws Exception {
        signInAs(Role.CLERK, "Lò Thị Văn Thư");
        page.getByLabel("Sổ đăng ký (tên trên bìa sổ)").fill("Sổ cấp giấy chứng nhận 2004, quyển 1");
        page.getByLabel("Loại hồ sơ").selectOption("LAND_USE_CERTIFICATE");
        page.getByLabel("Tệp bản quét").setInputFiles(new FilePayload("trang-1.png", "image/png",
                PaperArchiveFixtures.certificateScanPng()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và đọc")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã nhận lô bản quét");
        assertThat(page.locator("h1")).containsText("Sổ cấp giấy chứng nhận 2004, quyển 1");
        assertThat(page.locator("#pages-read")).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(120_000));

        signInAs(Role.DIGITISER, "Quàng Văn Nhập");
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Sổ cấp giấy chứng nhận 2004")))
                .containsText("Số định danh đọc được không có trong Cơ sở dữ liệu dân cư");
    }

    @Test
    void aRecordIsEnteredTwiceSpotCheckedAndIssued() throws Exception {
        long record = PaperArchiveFixtures.certificateToEnter(context, 31);
        Map<String, String> paper = PaperArchiveFixtures.landCertificateOf(context, 31);

        signInAs(Role.DIGITISER, "Lường Văn Một");
        enter(record, "245,8");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu lần nhập");
        enter(record, "245,8");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("lần thứ hai phải do người khác nhập");

        signInAs(Role.DIGITISER, "Cà Thị Hai");
        enter(record, "245,8");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu lần nhập");

        signInAs(Role.SPOT_CHECKER, "Tòng Văn Kiểm");
        page.locator("#record-" + record).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kiểm tra"))
                .click();
        assertThat(page.locator("#settled")).containsText(paper.get("owner-1-name"));
        assertThat(page.locator("#settled")).containsText("245,8");
        assertThat(page.locator("figure.scan img")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đúng, cấp kết quả")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("kết quả đã được cấp");
        assertThat(page.locator("#record-" + record)).hasCount(0);
    }

    private void enter(long record, String area) {
        page.navigate("/results/digitising");
        page.locator("#record-" + record).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhập"))
                .click();
        assertThat(page.locator("figure.scan img")).isVisible();
        assertThat(page.locator("#field-area")).isEmpty();
        page.locator("#field-area").fill(area);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lần nhập")).click();
    }
}
