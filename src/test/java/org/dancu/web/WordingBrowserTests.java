package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.locality.Localities;
import org.dancu.national.NationalFixtures;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What people read, in a real browser: times in the province's zone and Vietnamese order on every
 * page, words instead of internal codes.
 */
class WordingBrowserTests extends BrowserTest {

    /** 20:30 UTC on 15 January is 03:30 on 16 January in Điện Biên. */
    private static final OffsetDateTime EVENING_UTC = OffsetDateTime.parse("2026-01-15T20:30:00Z");
    private static final String PROVINCE_TIME = "16/01/2026 03:30";
    private static final String SERVER_TIME = "20:30";

    @Autowired
    JdbcClient jdbc;

    private String logInAs(Role role, String scope, String name) {
        String username = StaffFixtures.create(context, role, new Scope(scope, null), name);
        logIn(username, StaffFixtures.PASSWORD);
        return username;
    }

    @Test
    void theImportPageShowsWhenAFileWasUploadedInTheProvincesTime() {
        String officer = logInAs(Role.COMMUNE_OFFICER, "03334", "Lò Thị Nhập");
        RegisterFixture.importJob(jdbc, officer, "UPLOADED", EVENING_UTC, null);

        page.navigate("/register/import");
        assertThat(page.locator("main table")).containsText(PROVINCE_TIME);
        assertThat(page.locator("main table")).not().containsText(SERVER_TIME);
    }

    @Test
    void aPersonsHistoryShowsTheProvincesTimeDaysFirstAndWords() throws IOException {
        RegisterTestData.ensureLoaded(context);
        Map<String, Object> event = jdbc.sql("SELECT event_id, person_id FROM register.life_event"
                + " WHERE type = 'DEATH' ORDER BY event_id LIMIT 1").query().singleRow();
        RegisterFixture.recordedAt(jdbc, ((Number) event.get("event_id")).longValue(), EVENING_UTC);
        logInAs(Role.PROVINCE_OFFICER, "11", "Lường Văn Sử");

        page.navigate("/register/persons/" + event.get("person_id") + "/history");
        assertThat(page.locator("#timeline")).containsText(PROVINCE_TIME);
        assertThat(page.locator("#timeline")).not().containsText(SERVER_TIME);
        String effective = page.locator("#timeline tbody tr td").first().innerText().strip();
        assertThat(effective).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(page.locator("#timeline")).containsText("có → không");
        assertThat(page.locator("#timeline")).not().containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));

        page.navigate("/register/persons/" + event.get("person_id"));
        String born = page.locator("main table tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Ngày sinh")).locator("td").innerText().strip();
        assertThat(born).matches("((\\d{2}/)?\\d{2}/)?\\d{4}");
    }

    @Test
    void theAccountsPageShowsTheLastLoginInTheProvincesTime() {
        String other = StaffFixtures.create(context, Role.AUDITOR, new Scope("11", null), "Quàng Thị Giờ");
        StaffFixtures.lastLoggedIn(context, other, EVENING_UTC);
        logInAs(Role.ADMINISTRATOR, "11", "Cà Văn Quản");

        page.navigate("/admin/accounts?q=" + other);
        assertThat(page.locator("main table")).containsText(PROVINCE_TIME);
    }

    @Test
    void anAuditorReadsActionsOutcomesAndNotesInWordsInATableThatFitsThePage() {
        AuditLedger ledger = context.getBean(AuditLedger.class);
        ledger.record(new AuditEntry(Actor.staff("xa.doc"), "register.person.read", "person", "011190001234", null,
                "127.0.0.1", Outcome.SUCCESS, AuditNote.of("audit.note.shown-on-profile", 42)));
        ledger.record(new AuditEntry(Actor.anonymous("key " + "k".repeat(40)), "exchange.refused", null, null, null,
                "127.0.0.1", Outcome.DENIED, "request-" + "0123456789abcdef".repeat(8)));
        page.setViewportSize(1280, 800);
        logInAs(Role.AUDITOR, "11", "Kiểm Thị Toán");

        page.navigate("/audit");
        Locator table = page.locator("main table");
        assertThat(table).containsText("Xem thông tin công dân");
        assertThat(table).containsText("hiển thị kèm hồ sơ của công dân số 42 trong sổ");
        assertThat(table).containsText("Từ chối yêu cầu chưa xác thực");
        assertThat(table).not().containsText("register.person.read");
        assertThat(table).not().containsText("SUCCESS");
        assertThat((Boolean) page.evaluate("() => document.querySelector('main table').getBoundingClientRect().width"
                + " <= document.querySelector('main').clientWidth")).as("the ledger fits the page").isTrue();

        page.getByLabel("Thao tác").selectOption(new SelectOption().setLabel("Xem thông tin công dân"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*action=register\\.person\\.read.*"));
        assertThat(page.getByLabel("Thao tác")).hasValue("register.person.read");
        assertThat(page.locator("main table tbody tr td:nth-child(4)").allInnerTexts())
                .isNotEmpty().allMatch(action -> action.strip().equals("Xem thông tin công dân"));
    }

    @Test
    void theMismatchPageShowsSexAliveCommuneAndDatesInWords() throws IOException {
        RegisterTestData.ensureLoaded(context);
        Map<String, Object> person = jdbc.sql("SELECT person_id, pin, commune_code FROM register.person"
                + " WHERE pin IS NOT NULL AND alive ORDER BY person_id LIMIT 1 OFFSET 5").query().singleRow();
        NationalFixtures.mismatch(context, ((Number) person.get("person_id")).longValue(), (String) person.get("pin"),
                (String) person.get("commune_code"), List.of("SEX", "ALIVE"));
        logInAs(Role.PROVINCE_OFFICER, "11", "Lò Văn Đối");

        page.navigate("/national/mismatches/" + person.get("person_id"));
        assertThat(registerValue("Giới tính")).isIn("Nam", "Nữ", "Chưa rõ");
        assertThat(registerValue("Còn sống")).isEqualTo("còn sống");
        assertThat(registerValue("Xã thường trú")).matches(".*\\p{L}.* \\(" + person.get("commune_code") + "\\)");
        assertThat(registerValue("Ngày sinh")).matches("((\\d{2}/)?\\d{2}/)?\\d{4}");
    }

    /** The register's value on the mismatch page in the row of a field. */
    private String registerValue(String field) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(field))
                .locator("td").nth(1).innerText().strip();
    }

    @Test
    void theReconciliationPanelFollowsARunningRunAndStopsAsking() {
        NationalFixtures.running(context);
        logInAs(Role.PROVINCE_OFFICER, "11", "Quàng Văn Chạy");

        page.navigate("/national");
        Locator panel = page.locator("#run-panel");
        assertThat(panel).containsText("đang chạy");
        assertThat(panel).hasAttribute("hx-trigger", Pattern.compile("every .*"));
        NationalFixtures.finishRunning(context);

        assertThat(panel).containsText("đã xong");
        assertThat(panel).not().hasAttribute("hx-trigger", Pattern.compile(".*"));
    }

    @Test
    void theMenuLightsTheExchangeEntryOnTheExchangePages() {
        logInAs(Role.ADMINISTRATOR, "11", "Cà Văn Đèn");

        page.navigate("/admin/exchange");
        assertThat(page.locator(".main-nav a.active")).hasText("Đối tác trao đổi");
        page.navigate("/admin/accounts");
        assertThat(page.locator(".main-nav a.active")).hasText("Tài khoản cán bộ");
    }

    @Test
    void theAccountFormOffersCurrentUnitsAndKeepsAnAccountsAbolishedDistrict() {
        String district = context.getBean(Localities.class).children("11", Localities.REFORM_2025.minusDays(1))
                .get(0).code();
        String officer = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope(district, null), "Lò Văn Huyện");
        long officerId = jdbc.sql("SELECT id FROM security.staff_account WHERE username = :username")
                .param("username", officer).query(Long.class).single();
        logInAs(Role.ADMINISTRATOR, "11", "Cà Thị Phạm");

        page.navigate("/admin/accounts/new");
        List<String> offered = page.locator("#scopeLocality option").all().stream()
                .map(option -> option.getAttribute("value")).toList();
        assertThat(offered).contains("11", "03334").doesNotContain(district);
        assertThat(offered).allMatch(code -> code.isEmpty() || code.equals("11") || code.length() == 5);

        page.navigate("/admin/accounts/" + officerId);
        assertThat(page.locator("#scopeLocality")).hasValue(district);
        assertThat(page.locator("#scopeLocality optgroup").last()).hasAttribute("label",
                "Đơn vị hiện có của tài khoản, đã bãi bỏ từ 01/07/2025");
    }
}
