package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.TestPartner;
import org.dancu.register.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen in a real browser after the e-ID login: the portal's own menu, their record, a consent granted
 * and withdrawn, who used their data in words; and the same portal on a 360 px phone screen, where the menu
 * folds, every target is large enough for a finger and no page scrolls sideways.
 */
class CitizenPortalBrowserTests extends BrowserTest {

    private static final int PHONE_WIDTH = 360;
    private static final List<String> PAGES = List.of("/citizen", "/citizen/record", "/citizen/dossiers",
            "/citizen/payments", "/citizen/feedback", "/citizen/documents", "/citizen/inbox", "/citizen/access",
            "/citizen/consents");

    private Pin pin;
    private String name;

    @BeforeEach
    void aCitizen() throws Exception {
        pin = Pin.of(RegisterFixture.aPersonPin(context, 41));
        name = context.getBean(JdbcClient.class).sql("SELECT full_name FROM register.person WHERE pin = :pin")
                .param("pin", pin.value()).query(String.class).single();
    }

    @Test
    void aCitizenReadsTheirRecordGrantsAndWithdrawsAConsentAndSeesItInTheirAccessLog() throws Exception {
        TestPartner partner = TestPartner.create(context, 600).retrievingOnly(context, "fullName", "birthDate");
        CitizenLogins.logIn(page, context, pin, EidLevel.LEVEL_2);
        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator("header")).containsText("Định danh điện tử mức 2");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dân cư").setExact(true)))
                .hasCount(0);

        menu("Thông tin của tôi");
        assertThat(page.locator("main dl")).containsText(name);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thông tin này sai")))
                .hasAttribute("href", "/citizen/record/corrections/new");

        menu("Đồng ý chia sẻ dữ liệu");
        Locator offer = page.locator("main li").filter(new Locator.FilterOptions().setHasText("Test partner"))
                .filter(new Locator.FilterOptions().setHas(page.locator("input[value='" + partner.code + "']")));
        offer.getByLabel("Họ và tên").check();
        offer.getByLabel("Hiệu lực đến").fill(context.getBean(ProvinceTime.class).today().plusDays(30).toString());
        offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đồng ý")).click();
        assertThat(page.locator("div.alert.success")).containsText("Đã ghi nhận sự đồng ý của bạn.");
        Locator mine = page.locator("main ul").first().locator("li").first();
        assertThat(mine).containsText("Họ và tên");
        assertThat(mine).containsText("còn hiệu lực");
        mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thu hồi")).click();
        assertThat(page.locator("div.alert.success")).containsText("Đã thu hồi sự đồng ý");

        menu("Ai đã dùng dữ liệu của tôi");
        Locator log = page.locator("main");
        assertThat(log).containsText("Ghi nhận sự đồng ý của công dân");
        assertThat(log).containsText("Thu hồi sự đồng ý của công dân");
        assertThat(log).containsText("Công dân xem thông tin của mình");
        assertThat(log).not().containsText("exchange.consent.record");
        assertThat(log).not().containsText("SUCCESS");
    }

    @Test
    void onAPhoneTheMenuFoldsTargetsAreLargeAndNoPageScrollsSideways() {
        page.setViewportSize(PHONE_WIDTH, 740);
        CitizenLogins.logIn(page, context, pin, EidLevel.LEVEL_2);
        for (String address : PAGES) {
            page.navigate(address);
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s fits %d px", address, PHONE_WIDTH).isTrue();
        }

        page.navigate("/citizen");
        assertThat(page.locator("body > .portal-frame > nav.portal-menu")).not().isVisible();
        assertThat(page.locator("details .portal-menu")).not().isVisible();
        page.getByText("Danh mục").click();
        assertThat(page.locator("details .portal-menu")).isVisible();
        for (Locator target : page.locator("details .portal-menu a, details .portal-menu button").all()) {
            assertThat(target.boundingBox().height).as("a finger's target").isGreaterThanOrEqualTo(44);
        }
        page.locator("details .portal-menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Hộp thư của tôi")).click();
        assertThat(page).hasURL(Pattern.compile(".*/citizen/inbox$"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("My inbox");
        page.getByText("Menu").click();
        page.locator("details .portal-menu").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Log out")).click();
        page.navigate("/citizen/record");
        assertThat(page).hasURL(Pattern.compile(".*/citizen/login.*"));
    }

    /** Follows an entry of the portal's menu beside the page (a wide screen). */
    private void menu(String entry) {
        page.locator("body > .portal-frame > nav.portal-menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(entry)).click();
        assertThat(page.locator("h1")).hasText(entry);
    }
}
