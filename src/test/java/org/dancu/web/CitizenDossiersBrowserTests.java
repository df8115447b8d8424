package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.junit.jupiter.api.Test;

/**
 * On a 360 px phone: a parent signed in at level 2 files the birth bundle from "my dossiers" on a form that
 * shows what the state holds instead of asking it, is first told in words what is missing, attaches the birth
 * certificate, and then sees the case as one: the birth leg being handled with its due date, the residence and
 * health-insurance legs waiting for it.
 */
class CitizenDossiersBrowserTests extends BrowserTest {

    @Test
    void aParentFilesTheBirthBundleFromAPhoneAndSeesTheCaseAsOne() throws Exception {
        Pin parent = Pin.of(RegisterFixture.aPersonPin(context, 63));
        page.setViewportSize(360, 740);
        CitizenLogins.logIn(page, context, parent, EidLevel.LEVEL_2);

        page.navigate("/citizen/dossiers");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Liên thông: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi")).click();
        assertThat(page.locator("#held-parents")).containsText("lấy từ Cơ sở dữ liệu dân cư");
        assertThat(page.locator("input[name='d.parents']")).hasCount(0);

        page.getByLabel("Họ, chữ đệm và tên của trẻ").fill("Lò Văn An");
        page.getByLabel("Ngày sinh của trẻ").fill("02/12/2026");
        page.getByLabel("Giới tính của trẻ").fill("Nam");
        page.getByLabel("Nơi sinh của trẻ").fill("Bệnh viện đa khoa tỉnh Điện Biên");
        page.getByLabel("Số định danh cá nhân của mẹ").fill(parent.value());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
        assertThat(page.locator("#refusal")).containsText("còn thiếu: Giấy chứng sinh");
        assertThat(page.getByLabel("Họ, chữ đệm và tên của trẻ")).hasValue("Lò Văn An");

        page.getByLabel("Ngày sinh của trẻ").fill("02/12/2026");
        page.getByLabel("Giới tính của trẻ").fill("Nam");
        page.getByLabel("Nơi sinh của trẻ").fill("Bệnh viện đa khoa tỉnh Điện Biên");
        page.getByLabel("Giấy chứng sinh (hoặc văn bản của người làm chứng, giấy cam đoan)").setInputFiles(
                new FilePayload("giay-chung-sinh.pdf", "application/pdf",
                        "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();

        assertThat(page.locator("div.alert.success")).containsText("Hồ sơ đã được tiếp nhận");
        assertThat(page.locator("#dossier-status")).hasText("Đang giải quyết");
        assertThat(page.locator("#leg-birth")).containsText("Đang giải quyết");
        assertThat(page.locator("#leg-birth")).containsText("Hẹn trả kết quả ngày");
        assertThat(page.locator("#leg-residence")).containsText("Chờ thủ tục trước hoàn thành");
        assertThat(page.locator("#leg-health-insurance")).containsText("Chờ thủ tục trước hoàn thành");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the case fits the phone").isTrue();
    }
}
