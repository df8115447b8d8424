package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisteredPersons;
import org.junit.jupiter.api.Test;

/**
 * A citizen logs in with VNeID in a real browser: the portal's button, the simulated provider's pages (ID,
 * password, the code from the box marked as a simulated SMS to the masked phone), the portal as themselves;
 * logs out; a level-1 login is told in words that a level-2 page needs level 2.
 */
class CitizenLoginBrowserTests extends BrowserTest {

    @Test
    void aCitizenLogsInWithTheSimulatedVneidAndOut() throws IOException {
        Pin pin = Pin.of(RegisterFixture.aPersonPin(context, 5, true));
        String name = context.getBean(RegisteredPersons.class).byPin(pin).orElseThrow().name().fullName();

        page.navigate("/citizen/login");
        page.locator("#eid-login").click();
        page.waitForURL(Pattern.compile(".*/signin$"));
        assertThat(page.getByRole(AriaRole.NOTE).first()).containsText("GIẢ LẬP");
        page.navigate("/citizen/login");

        CitizenLogins.logIn(page, context, pin, EidLevel.LEVEL_2);

        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator(".portal-who")).containsText("mức 2");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng xuất")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/citizen/login\\?logout$"));
        Response after = page.navigate("/citizen");
        assertThat(page).hasURL(Pattern.compile(".*/citizen/login$"));
        org.assertj.core.api.Assertions.assertThat(after.ok()).isTrue();
    }

    @Test
    void aLevelOneCitizenIsToldThatDossiersNeedLevelTwo() throws IOException {
        Pin pin = Pin.of(RegisterFixture.aPersonPin(context, 6, true));

        CitizenLogins.logIn(page, context, pin, EidLevel.LEVEL_1);
        Response dossiers = page.navigate("/citizen/dossiers");

        org.assertj.core.api.Assertions.assertThat(dossiers.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Trang này cần tài khoản định danh điện tử mức 2");
        assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Đăng nhập lại bằng VNeID"))).isVisible();
    }
}
