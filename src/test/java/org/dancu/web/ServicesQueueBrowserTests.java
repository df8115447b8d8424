package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.register.RegisterFixture;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.services.Channel;
import org.dancu.services.Dossiers;
import org.dancu.services.NewDossier;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.Procedures;
import org.dancu.services.SuppliedComponent;
import org.junit.jupiter.api.Test;

/**
 * An agency officer works a dossier in a real browser: from the menu to the queue, where it waits in
 * the common queue with its deadline in words, taken with a tick and the bulk button, found under their
 * own tab, opened, and its step completed from the dossier page.
 */
class ServicesQueueBrowserTests extends BrowserTest {

    @Test
    void anOfficerTakesADossierFromTheQueueAndCompletesIt() throws Exception {
        Pin applicant = Pin.of(RegisterFixture.aPersonPin(context, 13));
        Procedure procedure = context.getBean(Procedures.class)
                .find(new ProcedureCode("DB-01"), LocalDate.now(ProvinceTime.VIETNAM)).orElseThrow();
        String code = context.getBean(Dossiers.class).file(new NewDossier(procedure.code(), Channel.ONLINE, applicant,
                applicant, "03334", Map.of(), procedure.components().stream()
                        .map(c -> new SuppliedComponent(c.key(), c.source(), null, false)).toList(),
                Set.of(), null, null, Instant.now())).value();
        logIn(StaffFixtures.create(context, Role.AGENCY_OFFICER, new Scope("03334", "CONG_AN"), "Lò Văn Nhận"),
                StaffFixtures.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hồ sơ TTHC").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Hồ sơ cần xử lý");
        assertThat(page.locator("#queue")).containsText(code);
        assertThat(page.locator("#queue")).containsText("Còn hạn");
        page.getByLabel("Chọn hồ sơ " + code).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận xử lý").setExact(true)).click();
        assertThat(page.locator(".alert.success")).hasText("Đã chuyển 1 phần việc.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tôi đang xử lý")).click();
        assertThat(page.locator("#queue")).containsText("Lò Văn Nhận");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        assertThat(page.locator("h1")).hasText("Hồ sơ " + code);
        page.locator("#note-main").fill("Đủ điều kiện");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành bước này")).click();
        assertThat(page.locator(".alert.success")).hasText("Đã hoàn thành bước xử lý.");
        assertThat(page.locator("#leg-main")).containsText("Đã xong");
        assertThat(page.locator("#timeline")).containsText("Hoàn thành");
    }
}
