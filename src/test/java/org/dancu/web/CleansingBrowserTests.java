package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.SteeringFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency officer at work on the agency's own sector data in a real browser: the review queue, the
 * dataset pages, and a file from upload to matched records.
 */
class CleansingBrowserTests extends BrowserTest {

    private void logInAs(Role role, Scope scope, String name) {
        logIn(StaffFixtures.create(context, role, scope, name), StaffFixtures.PASSWORD);
        assertThat(page.getByText(name)).isVisible();
    }

    @Test
    void aTaxOfficerOpensTheReviewQueueAndTheAgencysDataset() {
        CleansingFixtures.InReview inReview = CleansingFixtures.inReview(context, "F", "8900000001");
        long record = inReview.recordId();
        String title = context.getBean(JdbcClient.class)
                .sql("SELECT title FROM cleansing.dataset WHERE dataset_id = :id").param("id", inReview.datasetId())
                .query(String.class).single();
        logInAs(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"), "Cầm Thị Thuế");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Làm sạch dữ liệu").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hàng chờ đối soát")).click();
        assertThat(page.locator("h1")).hasText("Hàng chờ đối soát");
        assertThat(page.locator("a[href$='/cleansing/records/" + record + "']")).isVisible();

        page.goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText("Bốn tiêu chí");
        assertThat(page.locator("a[href$='/cleansing/records/" + record + "']")).isVisible();
    }

    /**
     * The case linkage exists for, from the upload on: a file headed in Vietnamese, names with typos,
     * no IDs, one person the register does not know. The officer sees the first rows, finds the
     * columns mapped, loads, and the matching ends with figures instead of a failure.
     */
    @Test
    void aTaxOfficerUploadsAFileWithoutIdsAndSeesItMatched() {
        CleansingFixtures.TestPerson first = CleansingFixtures.person(context, "M");
        CleansingFixtures.TestPerson second = CleansingFixtures.person(context, "F");
        String csv = "Họ và tên,Số CCCD,Ngày sinh,Giới tính,Mã xã,Mã số thuế\n"
                + CleansingFixtures.withTypo(first.fullName()) + ",," + first.birthDate() + ",Nam,03334,8900000101\n"
                + CleansingFixtures.withTypo(second.fullName()) + ",," + second.birthDate() + ",Nữ,03334,8900000102\n"
                + "Xyzq Wvox Pqrs,,,,,8900000103\n";
        logInAs(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"), "Lò Thị Nạp");

        uploadTaxFile("Thuế cá nhân Mường Thanh, không có số định danh", csv);

        assertThat(page.locator("#file-preview")).containsText("Các dòng đầu của tệp");
        assertThat(page.locator("#file-preview")).containsText(CleansingFixtures.withTypo(second.fullName()));
        assertThat(page.getByLabel("Họ và tên")).hasValue("full_name");
        assertThat(page.getByLabel("Số CCCD")).hasValue("pin");
        assertThat(page.getByLabel("Mã số thuế")).hasValue("tax_code");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra thử")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nạp và đối chiếu")).click();

        assertThat(page.locator("#progress")).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(180_000));
        assertThat(page.locator("main")).not().containsText("bị lỗi");
        assertThat(page.locator("main")).not().containsText("chưa được đánh giá");
        assertThat(page.locator("main table.data").first().locator("tbody td").first()).hasText("3");
    }

    /**
     * A file sent again is recognised and refused with the dataset it was loaded as; the corrected
     * file, sent as a new version of that dataset, replaces it and both versions are listed.
     */
    @Test
    void aTaxOfficerIsToldAFileWasLoadedBeforeAndSendsANewVersionInstead() {
        CleansingFixtures.TestPerson person = CleansingFixtures.person(context, "M");
        CleansingFixtures.TestPerson added = CleansingFixtures.person(context, "F");
        String csv = CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(person, person.pin(), CleansingFixtures.MUONG_THANH, "8800000201");
        long first = CleansingFixtures.evaluatedDataset(context, csv);
        String title = context.getBean(JdbcClient.class)
                .sql("SELECT title FROM cleansing.dataset WHERE dataset_id = :id").param("id", first)
                .query(String.class).single();
        logInAs(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"), "Vì Thị Gửi");

        uploadTaxFile("Thuế gửi lại", csv);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tệp này đã được nạp, là bộ dữ liệu «" + title + "»");

        page.getByLabel("Phiên bản mới của bộ dữ liệu").selectOption(String.valueOf(first));
        String corrected = csv + CleansingFixtures.taxRow(added, added.pin(), CleansingFixtures.MUONG_THANH, "8800000202");
        page.getByLabel("Tệp").setInputFiles(new FilePayload("thue-sua.csv", "text/csv",
                corrected.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
        assertThat(page.locator("h1")).hasText(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra thử")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nạp và đối chiếu")).click();

        assertThat(page.locator("#progress")).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(180_000));
        assertThat(page.locator("table.versions")).containsText("Phiên bản 2, đang dùng");
        assertThat(page.locator("table.versions")).containsText("Phiên bản 1, đã được thay");
        assertThat(page.locator("table.versions tbody tr")).hasCount(2);
    }

    /**
     * From a figure to its records and through them: the province officer from the steering overview's
     * sector figure, the agency officer from the agency's line of the cleansing figures, each paging on.
     */
    @Test
    void officersFollowAFigureToItsRecordsAndPageThroughThem() {
        CleansingFixtures.severalPagesDataset(context);
        SteeringFixtures.recomputeAll(context);

        logInAs(Role.PROVINCE_OFFICER, new Scope("11", null), "Quàng Văn Chỉ Đạo");
        page.navigate("/steering");
        page.locator("#indicator-CLEAN_TAX").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Các bản ghi của mẫu số")).click();
        pageThroughList();

        page.context().clearCookies();
        logInAs(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"), "Lò Văn Thuế");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Làm sạch dữ liệu").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Số liệu chất lượng")).click();
        page.locator("table.data").nth(1).locator("tbody tr", new Locator.LocatorOptions().setHasText("SO_TC"))
                .locator("td").nth(1).getByRole(AriaRole.LINK).click();
        pageThroughList();
    }

    /** A commune officer from their commune's valid-ID figure to the residents behind it, page by page. */
    @Test
    void aCommuneOfficerFollowsTheValidIdFigureToTheResidentsAndPagesOn() {
        CleansingFixtures.person(context, "F");
        SteeringFixtures.recomputeAll(context);
        logInAs(Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null), "Lò Văn Xã");

        page.navigate("/steering");
        page.locator("#commune-indicators tr", new Page.LocatorOptions().setHasText("số định danh cá nhân hợp lệ"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Các bản ghi của mẫu số")).click();

        assertThat(page.locator("h1")).hasText("Người dân sau một số liệu");
        assertThat(page.locator("p.count")).containsText("người trong phạm vi của bạn");
        assertThat(page.locator("main table.data tbody tr")).hasCount(50);
        assertThat(page.locator("main table.data tbody tr").first().locator("a[href*='/register/persons/']")).hasCount(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang sau ›")).click();
        assertThat(page.locator("main table.data tbody tr").first()).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang đầu")).click();
        assertThat(page.locator("main table.data tbody tr")).hasCount(50);
    }

    /** On a list of more than a page: its total, a full first page, the next page, and back to the first. */
    private void pageThroughList() {
        assertThat(page.locator("h1")).hasText("Các bản ghi sau một số liệu");
        assertThat(page.locator("p.count")).containsText("bản ghi");
        assertThat(page.locator("table.records tbody tr")).hasCount(100);
        String firstRecord = page.locator("table.records tbody tr").first().locator("a").last().getAttribute("href");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang sau")).click();
        assertThat(page.locator("table.records tbody tr").first()).isVisible();
        assertThat(page.locator("a[href='" + firstRecord + "']")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trang đầu")).click();
        assertThat(page.locator("a[href='" + firstRecord + "']")).hasCount(1);
    }

    /** From the menu, a tax file of 2024 uploaded through the cleansing page's form. */
    private void uploadTaxFile(String title, String csv) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Làm sạch dữ liệu").setExact(true)).click();
        page.getByLabel("Ngành").selectOption("TAX");
        page.getByLabel("Tên bộ dữ liệu").fill(title);
        page.getByLabel("Năm").fill("2024");
        page.getByLabel("Tệp").setInputFiles(new FilePayload("thue.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
    }
}
