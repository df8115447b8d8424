package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What every browser test starts from: the application on a random port (one context shared by all
 * browser test classes) and a fresh page in Vietnamese, closed after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    BrowserContext browser;
    Page page;

    @BeforeEach
    void openBrowser() {
        browser = BrowserSession.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("vi-VN"));
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Signs in through the login form from the start page, as a person would. */
    void logIn(String username, String password) {
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }
}
