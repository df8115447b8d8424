package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.civil.Pin;
import org.dancu.notify.Channel;
import org.dancu.notify.MessageId;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.dancu.register.RegisterFixture;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.smssim.SimulatedSmsGateway;
import org.junit.jupiter.api.Test;

/**
 * The demo's page of sent SMS: an administrator finds a one-time code the outbox sent, on a page that
 * says plainly that nothing reached a phone, with the phone number masked; a province officer is refused.
 */
class SimulatedSmsBrowserTests extends BrowserTest {

    @Test
    void anAdministratorFindsTheCodeOnThePageMarkedSimulated() throws IOException {
        Pin citizen = Pin.of(RegisterFixture.aPersonPin(context, 21, true));
        MessageId sent = context.getBean(Notifications.class).send(Recipient.citizen(citizen), Channel.SMS,
                Template.ONE_TIME_CODE, "735194");
        SimulatedSmsGateway gateway = context.getBean(SimulatedSmsGateway.class);
        String phone = await().atMost(Duration.ofSeconds(60))
                .until(() -> gateway.byKey(String.valueOf(sent.value())), received -> received.isPresent())
                .orElseThrow().phone();

        logIn(StaffFixtures.create(context, Role.ADMINISTRATOR, new Scope("11", null), "Cầm Văn Quản"),
                StaffFixtures.PASSWORD);
        page.navigate("/admin/sim/sms");
        assertThat(page.locator("h1")).hasText("Cổng SMS giả lập");
        assertThat(page.getByRole(AriaRole.NOTE))
                .containsText("GIẢ LẬP: không có tin nhắn nào được gửi đến điện thoại");
        Locator line = page.locator("#simulated-sms tr", new Page.LocatorOptions()
                .setHasText("735194"));
        assertThat(line).containsText("Mã xác thực của bạn là 735194.");
        assertThat(line).containsText(phone.substring(0, 3) + "*".repeat(phone.length() - 5)
                + phone.substring(phone.length() - 2));
        assertThat(line).not().containsText(phone);
        assertThat(line).containsText("không");
    }

    @Test
    void aProvinceOfficerIsRefused() {
        logIn(StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lường Văn Tỉnh"),
                StaffFixtures.PASSWORD);
        Response response = page.navigate("/admin/sim/sms");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("body")).not().containsText("Cổng SMS giả lập");
    }
}
