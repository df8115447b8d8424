package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.internal.StaffFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency officer at work on the agency's own sector data in a real browser: the review queue and
 * the dataset pages, which the officer's agency scope reaches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleansingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private BrowserContext browser;
    private Page page;

    @BeforeEach
    void openBrowser() {
        browser = BrowserSession.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("vi-VN"));
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void logInAs(Role role, Scope scope, String name) {
        String username = StaffFixtures.create(context, role, scope, name);
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.getByText(name)).isVisible();
    }

    @Test
    void aTaxOfficerOpensTheReviewQueueAndTheAgencysDataset() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        CleansingFixtures.TestPerson person = CleansingFixtures.person(context, "F");
        long dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(person, "", CleansingFixtures.MUONG_THANH, "8900000001"));
        long record = CleansingFixtures.openForReview(jdbc, dataset, 2, person.id());
        String title = jdbc.sql("SELECT title FROM cleansing.dataset WHERE dataset_id = :id").param("id", dataset)
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
}
