package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.dancu.results.IssuedResult;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.junit.jupiter.api.Test;

/**
 * On a 360 px phone: the citizen finds a result under my documents, shares it for a day, someone else opens the
 * link and checks the result, the citizen withdraws the link, the link then says since when it is closed, and
 * the citizen sees the view under "who used my data"; a link whose result an officer revokes closes.
 */
class CitizenDocumentsBrowserTests extends BrowserTest {

    private static final int PHONE_WIDTH = 360;

    @Test
    void aCitizenSharesAResultFromAPhoneSomeoneOpensItAndTheLinkIsWithdrawn() throws Exception {
        Pin holder = Pin.of(RegisterFixture.aPersonPin(context, 47));
        IssuedResult result = context.getBean(Results.class).issue(ResultsFixtures.birthExtract(holder));
        page.setViewportSize(PHONE_WIDTH, 740);
        CitizenLogins.logIn(page, context, holder, EidLevel.LEVEL_1);

        page.getByText("Danh mục").click();
        page.locator("details .portal-menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Giấy tờ của tôi")).click();
        Locator document = page.locator("#document-" + result.code().value());
        assertThat(document).containsText("Còn hiệu lực");
        fits(page);
        document.getByLabel("Chia sẻ trong").selectOption("24");
        document.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo liên kết chia sẻ")).click();
        assertThat(page.locator("#share-created")).containsText("Đã tạo liên kết chia sẻ");
        String link = page.locator("#share-url").inputValue();
        fits(page);

        try (BrowserContext someone = BrowserSession.browser().newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setViewportSize(PHONE_WIDTH, 740))) {
            Page visitor = someone.newPage();
            visitor.navigate(link);
            assertThat(visitor.locator("#result-code")).hasText(result.code().value());
            assertThat(visitor.locator("#result-status")).containsText("Còn hiệu lực");
            assertThat(visitor.locator("main")).containsText(holder.masked());
            fits(visitor);

            page.locator("#document-" + result.code().value()).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Thu hồi liên kết")).click();
            assertThat(page.locator("div.alert.success")).containsText("Đã thu hồi liên kết");

            visitor.reload();
            assertThat(visitor.locator("#link-ended")).containsText("Liên kết này đã hết hạn từ");
            assertThat(visitor.locator("main")).not().containsText(result.code().value());
        }

        page.navigate("/citizen/access");
        assertThat(page.locator("main")).containsText("Có người mở kết quả của bạn qua liên kết bạn đã chia sẻ");
    }

    @Test
    void aSharedLinkClosesWhenAnOfficerRevokesItsResult() throws Exception {
        Pin holder = Pin.of(RegisterFixture.aPersonPin(context, 48));
        Results results = context.getBean(Results.class);
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(holder));
        page.setViewportSize(PHONE_WIDTH, 740);
        CitizenLogins.logIn(page, context, holder, EidLevel.LEVEL_1);
        page.navigate("/citizen/documents");
        Locator document = page.locator("#document-" + result.code().value());
        document.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo liên kết chia sẻ")).click();
        String link = page.locator("#share-url").inputValue();

        try (BrowserContext someone = BrowserSession.browser().newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN").setViewportSize(PHONE_WIDTH, 740))) {
            Page visitor = someone.newPage();
            visitor.navigate(link);
            assertThat(visitor.locator("#result-status")).containsText("Còn hiệu lực");

            results.revoke(result.code(), "Cấp nhầm người", ResultsFixtures.OFFICER);

            visitor.reload();
            assertThat(visitor.locator("#link-ended")).containsText("Liên kết này đã đóng từ");
            assertThat(visitor.locator("#link-ended")).containsText("không còn hiệu lực");
            assertThat(visitor.locator("main")).not().containsText(result.code().value());
            assertThat(visitor.locator("main")).not().containsText(holder.masked());
            fits(visitor);
        }
        page.navigate("/citizen/documents");
        Locator revoked = page.locator("#document-" + result.code().value());
        assertThat(revoked).containsText("Liên kết này đã đóng từ");
        assertThat(revoked.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thu hồi liên kết")))
                .hasCount(0);
    }

    private static void fits(Page page) {
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s fits %d px", page.url(), PHONE_WIDTH).isTrue();
    }
}
