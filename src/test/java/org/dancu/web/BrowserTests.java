package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonField;
import org.dancu.register.internal.RegisterTestData;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.security.internal.StaffFixtures;
import org.dancu.steering.internal.SteeringFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A commune officer's first minutes in a real browser: log in, browse localities, switch language,
 * get refused, record a move on a person.
 */
class BrowserTests extends BrowserTest {

    private String officer;

    @BeforeEach
    void createOfficer() {
        officer = StaffFixtures.create(context, Role.COMMUNE_OFFICER, new Scope("03334", null), "Lò Thị Mai");
    }

    @Test
    void aCommuneOfficerLogsInAndBrowsesLocalities() {
        logIn(officer, StaffFixtures.PASSWORD);
        assertThat(page.getByText("Lò Thị Mai")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn vị hành chính").setExact(true)).first().click();
        assertThat(page).hasTitle(Pattern.compile(".*Tỉnh Điện Biên.*"));

        page.waitForLoadState(LoadState.LOAD);
        page.getByLabel("Tìm đơn vị hành chính").fill("muong thanh");
        assertThat(page.locator("#locality-results")).containsText("Mường Thanh");
        page.locator("#locality-results").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Phường Mường Thanh")).first().click();
        assertThat(page).hasTitle(Pattern.compile(".*Phường Mường Thanh.*"));
        assertThat(page.locator("main")).containsText("Noong Bua");
    }

    @Test
    void aLeaderDrillsFromTheDashboardMapIntoACommuneAndSeesATaskAtRisk() {
        SteeringFixtures.taskAtRisk(context);
        String leader = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Lãnh");
        logIn(leader, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("Bảng điều hành Đề án 06");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bản đồ").setExact(true)).click();
        page.selectOption("#indicator", SteeringFixtures.INDICATOR);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
        assertThat(page.locator("#commune-map path.commune")).hasCount(45);
        page.locator("#commune-map a").first().click();
        assertThat(page.locator("#series-chart")).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat((Boolean) page.evaluate("() => Chart.getChart(document.getElementById('series-chart')) !== undefined"))
                .isTrue();

        page.locator("nav.breadcrumb a").first().click();
        assertThat(page.locator("#tasks-behind")).containsText(SteeringFixtures.TASK_AT_RISK);
        assertThat(page.locator("#tasks-behind")).containsText("Có nguy cơ chậm");
        assertThat(page.locator("#tasks-behind")).containsText("Dự báo");
    }

    @Test
    void aLeaderReadsPeriodsInWordsOverdueReasonsWithTheirFiguresAndCommuneNamesOnTheMap() {
        SteeringFixtures.overdueTask(context);
        String leader = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Lãnh");
        logIn(leader, StaffFixtures.PASSWORD);
        page.navigate("/steering");
        assertThat(page.locator("#period option:checked")).hasText(Pattern.compile("Tháng \\d{1,2}/\\d{4}"));
        Locator overdue = page.locator("#tasks-behind tr", new Page.LocatorOptions().setHasText(SteeringFixtures.TASK_OVERDUE));
        assertThat(overdue).containsText("Quá hạn");
        assertThat(overdue).containsText(Pattern.compile("mới đạt \\d+(,\\d)? %, mục tiêu 95 %"));
        assertThat(page.locator("main")).not().containsText(Pattern.compile("\\{\\d+}"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bản đồ").setExact(true)).click();
        page.selectOption("#indicator", SteeringFixtures.INDICATOR);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
        assertThat(page.locator("#commune-map .commune-names text")).hasCount(45);
        assertThat(page.locator("#commune-map text", new Page.LocatorOptions().setHasText("Mường Thanh")).first())
                .isVisible();
        assertThat(page).hasTitle(Pattern.compile("Bản đồ chỉ tiêu.*"));
        Locator muongThanh = page.locator("#commune-map a", new Page.LocatorOptions()
                .setHas(page.locator("path[data-code='03334']")));
        muongThanh.hover();
        assertThat(muongThanh.locator("title")).hasText(Pattern.compile("Phường Mường Thanh: \\d+(,\\d)? %.*"));
    }

    @Test
    void anAgencyOfficerIsRemindedOfTheOverdueTasksTheirAgencyLeads() {
        SteeringFixtures.overdueTask(context);
        String education = StaffFixtures.create(context, Role.AGENCY_OFFICER, new Scope(null,
                SteeringFixtures.OVERDUE_AGENCY), "Cà Thị Hoa");
        logIn(education, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành").setExact(true)).click();
        assertThat(page.locator("#overdue-reminders")).isVisible();
        assertThat(page.locator("#overdue-reminders")).containsText(SteeringFixtures.TASK_OVERDUE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhiệm vụ của Sở Giáo dục và Đào tạo")).click();
        assertThat(page.locator("h1")).hasText("Nhiệm vụ của Sở Giáo dục và Đào tạo");
        assertThat(page.locator("#task-list tr", new Page.LocatorOptions().setHasText(SteeringFixtures.TASK_OVERDUE)))
                .containsText("Chủ trì");
        assertThat(page.locator("#overdue-reminders")).containsText(SteeringFixtures.TASK_OVERDUE);
    }

    @Test
    void aCommuneOfficerOpensTheReviewQueueAndAcceptsACandidate() {
        CleansingFixtures.InReview inReview = CleansingFixtures.inReview(context, "F", "8600000001");
        CleansingFixtures.TestPerson person = inReview.person();
        long record = inReview.recordId();
        logIn(officer, StaffFixtures.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Làm sạch dữ liệu").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hàng chờ đối soát")).click();
        page.locator("a[href$='/cleansing/records/" + record + "']").click();
        assertThat(page.locator("main")).containsText(person.fullName());
        assertThat(page.locator("svg.wf rect").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chấp nhận ứng viên")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã chấp nhận ứng viên.");
        assertThat(page.locator("main")).containsText("Đã chấp nhận");
    }

    @Test
    void theLanguageSwitchesToEnglishAndStays() {
        logIn(officer, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administrative units").setExact(true)))
                .isVisible();

        page.navigate("/localities");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();
    }

    @Test
    void aCommuneOfficerIsRefusedTheAdministratorsPage() {
        logIn(officer, StaffFixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tài khoản cán bộ"))).hasCount(0);

        Response response = page.navigate("/admin/accounts");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
    }

    @Test
    void anUnknownAddressGetsATranslatedNotFoundPage() {
        logIn(officer, StaffFixtures.PASSWORD);
        Response response = page.navigate("/khong-co-trang-nay");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Không tìm thấy trang");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Về trang chủ"))).isVisible();
    }

    @Test
    void anOfficerOpensAPersonRecordsAMoveAndSeesItInTheTimeline() throws IOException {
        long person = newborn();
        logIn(officer, StaffFixtures.PASSWORD);

        page.navigate("/register/persons/" + person);
        assertThat(page.locator("h1")).hasText("Thử Văn Trình");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi nhận sự kiện hộ tịch")).click();
        page.getByLabel("Ngày có hiệu lực").fill("2024-02-01");
        page.getByLabel("Văn bản căn cứ (số, loại)").fill("Phiếu 21/2024");
        page.getByLabel("Thường trú: mã xã").fill("03334");
        page.getByLabel("Thường trú: địa chỉ").fill("Số 12, Tổ dân phố 4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận")).click();

        assertThat(page).hasURL(Pattern.compile(".*/register/persons/" + person + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận sự kiện.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch sử").setExact(true)).click();
        assertThat(page.locator("#timeline")).containsText("Chuyển nơi ở trong tỉnh");
        assertThat(page.locator("#timeline")).containsText("Phiếu 21/2024");
        assertThat(page.locator("#timeline")).containsText(officer);
    }

    /**
     * A person of the test's own, registered at birth in the officer's commune, after the register's
     * shared test population (which loads only into an empty register).
     */
    private long newborn() throws IOException {
        RegisterTestData.ensureLoaded(context);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(1, "xa.browser", "xa.browser", Role.COMMUNE_OFFICER, new Scope("03334", null), false),
                null, List.of(new SimpleGrantedAuthority(Role.COMMUNE_OFFICER.authority()))));
        try {
            Map<PersonField, String> values = new EnumMap<>(PersonField.class);
            values.put(PersonField.FAMILY_NAME, "Thử");
            values.put(PersonField.MIDDLE_NAME, "Văn");
            values.put(PersonField.GIVEN_NAME, "Trình");
            values.put(PersonField.SEX, "M");
            values.put(PersonField.COMMUNE_CODE, "03334");
            values.put(PersonField.ADDRESS, "Số 1, Tổ dân phố 2");
            return context.getBean(LifeEvents.class).registerBirth(new LifeEventRequest(LifeEventType.BIRTH,
                    LocalDate.of(1999, 9, 9), "GKS 9/1999", values, null), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithATranslatedMessage() {
        logIn(officer, "not the password at all");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
}
