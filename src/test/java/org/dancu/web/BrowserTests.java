package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

import org.dancu.civil.VietnameseText;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonField;
import org.dancu.register.ImportFixtures;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.SteeringFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A commune officer's first minutes in a real browser: log in, browse localities, switch language,
 * get refused, record a move on a person.
 */
class BrowserTests extends BrowserTest {

    private String officer;
    private ImportFixtures fixtures;
    /** Persons added through the forms are registered today; their events take effect from then on. */
    private static final String TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    @BeforeEach
    void createOfficer() {
        officer = StaffFixtures.create(context, Role.COMMUNE_OFFICER, new Scope("03334", null), "Lò Thị Mai");
    }

    @AfterEach
    void removeAddedPersons() {
        if (fixtures != null) {
            fixtures.removeImported();
        }
    }

    /** Free personal IDs for the persons a test adds, taken out of the register again after it. */
    private ImportFixtures importFixtures() throws IOException {
        RegisterTestData.ensureLoaded(context);
        if (fixtures == null) {
            fixtures = new ImportFixtures(context.getBean(JdbcClient.class));
        }
        return fixtures;
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
    void aLeaderMarksATaskDoneAndReopensIt() {
        long id = SteeringFixtures.openTask(context, "Cấp phép xây dựng trực tuyến toàn tỉnh");
        String leader = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Quyết");
        logIn(leader, StaffFixtures.PASSWORD);
        page.navigate("/steering/tasks/" + id);
        assertThat(page.locator("dl.facts")).containsText("Đang thực hiện");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu hoàn thành")).click();
        assertThat(page.locator("div.alert.success")).containsText("Đã đánh dấu nhiệm vụ hoàn thành.");
        assertThat(page.locator("dl.facts")).containsText("Hoàn thành");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu hoàn thành")))
                .hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở lại nhiệm vụ")).click();
        assertThat(page.locator("div.alert.success")).containsText("Đã mở lại nhiệm vụ.");
        assertThat(page.locator("dl.facts")).containsText("Đang thực hiện");
    }

    @Test
    void aLeaderDrillsFromTheDashboardMapIntoACommuneAndSeesATaskAtRisk() {
        SteeringFixtures.taskAtRisk(context);
        logInAsLeader();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Điều hành").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("Bảng điều hành Đề án 06");

        showTheIndicatorsMap();
        assertThat(page.locator("#commune-map path.commune")).hasCount(45);
        assertThat(page.locator("p.computed-at")).containsText("Số liệu tính lúc");
        page.locator("#commune-map a").first().click();
        assertThat(page.locator("#series-chart")).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat((Boolean) page.evaluate("() => Chart.getChart(document.getElementById('series-chart')) !== undefined"))
                .isTrue();

        page.locator("nav.breadcrumb a").first().click();
        assertThat(page.locator("#indicator-" + SteeringFixtures.INDICATOR)).containsText("Số liệu tính lúc");
        assertThat(page.locator("#tasks-behind")).containsText(SteeringFixtures.TASK_AT_RISK);
        assertThat(page.locator("#tasks-behind")).containsText("Có nguy cơ chậm");
        assertThat(page.locator("#tasks-behind")).containsText("Dự báo");
    }

    @Test
    void aLeaderReadsPeriodsInWordsOverdueReasonsWithTheirFiguresAndCommuneNamesOnTheMap() {
        SteeringFixtures.overdueTask(context);
        logInAsLeader();
        page.navigate("/steering");
        assertThat(page.locator("#period option:checked")).hasText(Pattern.compile("Tháng \\d{1,2}/\\d{4}"));
        Locator overdue = page.locator("#tasks-behind tr", new Page.LocatorOptions().setHasText(SteeringFixtures.TASK_OVERDUE));
        assertThat(overdue).containsText("Quá hạn");
        assertThat(overdue).containsText(Pattern.compile("mới đạt \\d+(,\\d)? %, mục tiêu 95 %"));
        assertThat(page.locator("main")).not().containsText(Pattern.compile("\\{\\d+}"));

        showTheIndicatorsMap();
        assertThat(page.locator("#commune-map .commune-names text")).hasCount(45);
        assertThat(page.locator("#commune-map text", new Page.LocatorOptions().setHasText("Mường Thanh")).first())
                .isVisible();
        assertThat(page).hasTitle(Pattern.compile("Bản đồ chỉ tiêu.*"));
        Locator muongThanh = page.locator("#commune-map a", new Page.LocatorOptions()
                .setHas(page.locator("path[data-code='03334']")));
        muongThanh.hover();
        assertThat(muongThanh.locator("title")).hasText(Pattern.compile("Phường Mường Thanh: \\d+(,\\d)? %.*"));
    }

    /** Signs in a province officer, the leader who reads the steering pages. */
    private void logInAsLeader() {
        String leader = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Lãnh");
        logIn(leader, StaffFixtures.PASSWORD);
    }

    /** Opens the map and shows the steering fixtures' indicator on it. */
    private void showTheIndicatorsMap() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bản đồ").setExact(true)).click();
        page.selectOption("#indicator", SteeringFixtures.INDICATOR);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
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
        assertThat(page.locator("td", new Page.LocatorOptions().setHasText("Nữ")).first()).isVisible();
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
    void anAdministratorCreatesAnApiClientAndSeesItsTokenOnce() {
        String admin = StaffFixtures.create(context, Role.ADMINISTRATOR, new Scope("11", null), "Quàng Văn Hùng");
        logIn(admin, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hệ thống đọc API")).click();
        page.locator("#name").fill("Cổng dữ liệu mở Điện Biên");
        page.locator("#unit").selectOption("11");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo và hiện mã truy cập")).click();
        assertThat(page.locator("code.token")).containsText("dancu_ind_");
        page.navigate("/admin/api-clients");
        assertThat(page.locator("code.token")).hasCount(0);
        assertThat(page.locator("table.data")).containsText("Cổng dữ liệu mở Điện Biên");
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
    void anOfficerSeesThatARegisteredNameWasReadInTheWrongEncoding() throws IOException {
        long person = newborn();
        RegisterFixture.rename(context.getBean(JdbcClient.class), person, "Ñoã Văn Trình");
        logIn(officer, StaffFixtures.PASSWORD);

        page.navigate("/register/persons/" + person);
        assertThat(page.locator("#name-spelling")).containsText("có thể bị đọc sai bảng mã");
    }

    @Test
    void anOfficerOpensAPersonRecordsAMoveAndSeesItInTheTimeline() throws IOException {
        long person = newborn();
        logIn(officer, StaffFixtures.PASSWORD);

        page.navigate("/register/persons/" + person);
        assertThat(page.locator("h1")).hasText("Thử Văn Trình");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi nhận sự kiện hộ tịch")).click();
        // choosing another event reloads the form at once, under the content security policy (no inline script)
        List<String> refused = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        page.getByLabel("Sự kiện", new Page.GetByLabelOptions().setExact(true)).selectOption("DEATH");
        assertThat(page).hasURL(Pattern.compile(".*type=DEATH.*"));
        page.getByLabel("Sự kiện", new Page.GetByLabelOptions().setExact(true)).selectOption("MOVE_WITHIN");
        assertThat(page).hasURL(Pattern.compile(".*type=MOVE_WITHIN.*"));
        assertThat(refused).isEmpty();
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

    /** Adds a person through the form, choosing sex, ethnicity and commune by name; returns to the profile. */
    private void addPerson(String pin, String given) {
        page.navigate("/register");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm công dân")).click();
        page.getByLabel("Số định danh cá nhân (12 chữ số)").fill(pin);
        page.getByLabel("Họ", new Page.GetByLabelOptions().setExact(true)).fill("Lò");
        page.getByLabel("Chữ đệm").fill("Thị");
        page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill(given);
        page.getByLabel("Ngày sinh (dd/mm/yyyy, mm/yyyy hoặc yyyy)").fill("12/03/1990");
        page.getByLabel("Giới tính").selectOption(new SelectOption().setLabel("Nữ"));
        page.getByLabel("Dân tộc").selectOption(new SelectOption().setLabel("Thái"));
        page.getByLabel("Xã, phường").selectOption(new SelectOption().setLabel("Phường Mường Thanh"));
        page.getByLabel("Văn bản căn cứ (số, loại)").fill("Tờ khai CT01 số 12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào sổ")).click();
    }

    @Test
    void aCommuneOfficerAddsAPersonWithPickersAndARefusalKeepsWhatWasTyped() throws IOException {
        String pin = importFixtures().pin(1990, 'F');
        logIn(officer, StaffFixtures.PASSWORD);

        addPerson(pin, "12");
        assertThat(page.locator("main")).containsText("họ tên chứa chữ số hoặc ký hiệu");
        assertThat(page.getByLabel("Số định danh cá nhân (12 chữ số)")).hasValue(pin);
        assertThat(page.getByLabel("Giới tính")).hasValue("F");
        page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill("Ngọc");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào sổ")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm công dân vào sổ.");
        assertThat(page.locator("h1")).hasText("Lò Thị Ngọc");
        assertThat(page.locator("main")).containsText("Thái");
    }

    @Test
    void aCommuneOfficerChangesAPhoneNumberAndSeesItOnTheProfile() throws IOException {
        logIn(officer, StaffFixtures.PASSWORD);
        addPerson(importFixtures().pin(1990, 'F'), "Liên");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa số điện thoại, thư điện tử")).click();
        page.getByLabel("Số điện thoại").fill("091234");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator("main")).containsText("Không phải số điện thoại");
        assertThat(page.getByLabel("Số điện thoại")).hasValue("091234");
        page.getByLabel("Số điện thoại").fill("+84 912 345 678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu số điện thoại và thư điện tử.");
        assertThat(page.locator("main")).containsText("0912345678");
    }

    @Test
    void aCommuneOfficerCreatesAHouseholdAndAddsAMember() throws IOException {
        String memberPin = importFixtures().pin(1990, 'F');
        logIn(officer, StaffFixtures.PASSWORD);
        addPerson(memberPin, "Hương");
        addPerson(importFixtures().pin(1990, 'F'), "Hoa");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập hộ mới")).click();
        assertThat(page.getByLabel("Xã, phường")).hasValue("03334");
        page.getByLabel("Địa chỉ").fill("Số 3, Tổ dân phố 1");
        page.getByLabel("Ngày có hiệu lực").fill(TODAY);
        page.getByLabel("Văn bản căn cứ (số, loại)").fill("CT01 số 8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập hộ")).click();

        assertThat(page.locator("main")).containsText("Lò Thị Hoa");
        page.getByLabel("Số định danh cá nhân (12 chữ số)").fill(memberPin);
        page.getByLabel("Quan hệ với chủ hộ").selectOption(new SelectOption().setLabel("Con"));
        page.getByLabel("Ngày có hiệu lực").fill(TODAY);
        page.getByLabel("Văn bản căn cứ (số, loại)").fill("CT01 số 9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào hộ")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm thành viên vào hộ.");
        assertThat(page.locator("main")).containsText("Lò Thị Hương");
    }

    @Test
    void aMoveWithAnUnknownCommuneNamesEveryProblemAndKeepsWhatWasTyped() throws IOException {
        long person = newborn();
        logIn(officer, StaffFixtures.PASSWORD);
        page.navigate("/register/persons/" + person + "/events/new?type=MOVE_WITHIN");
        page.getByLabel("Ngày có hiệu lực").fill("2024-02-01");
        page.getByLabel("Văn bản căn cứ (số, loại)").fill("Phiếu 22/2024");
        page.getByLabel("Thường trú: mã xã").fill("99999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận")).click();

        assertThat(page.locator("main")).containsText("Không có xã nào mang mã này");
        assertThat(page.locator("main")).containsText("Trường này là bắt buộc.");
        assertThat(page.getByLabel("Thường trú: mã xã")).hasValue("99999");
        assertThat(page.getByLabel("Văn bản căn cứ (số, loại)")).hasValue("Phiếu 22/2024");
    }

    @Test
    void aCorrectionDatedBeforeThePersonsRegistrationIsRefusedWithTheReason() throws IOException {
        logIn(officer, StaffFixtures.PASSWORD);
        addPerson(importFixtures().pin(1990, 'F'), "Lan");

        page.navigate(page.url() + "/events/new?type=CORRECTION");
        page.getByLabel("Ngày có hiệu lực").fill("2020-01-01");
        page.getByLabel("Văn bản căn cứ (số, loại)").fill("QĐ 3/2026");
        page.getByLabel("Trường cần cải chính").selectOption(new SelectOption().setLabel("Tên"));
        page.getByLabel("Giá trị đúng").fill("Lam");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận")).click();

        assertThat(page.locator("main")).containsText("trước ngày công dân được đăng ký vào sổ");
        page.getByLabel("Ngày có hiệu lực").fill(TODAY);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận")).click();
        assertThat(page.locator("h1")).hasText("Lò Thị Lam");
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
    void anImportLeftUnappliedPastTheRetentionSaysInWordsThatTheFileMustBeUploadedAgain() {
        long job = RegisterFixture.importJob(context.getBean(JdbcClient.class), officer, "EXPIRED",
                OffsetDateTime.now().minusHours(25), "register.import.error.expired", "24");
        logIn(officer, StaffFixtures.PASSWORD);

        page.navigate("/register/import/" + job);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tệp tải lên đã bị xóa vì không được áp dụng trong vòng 24 giờ;"
                + " không có gì được ghi vào sổ. Hãy tải tệp lên lại.");
        assertThat(page.locator("main .panel")).containsText("hết hạn: hãy tải tệp lên lại");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra (chạy thử)"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Áp dụng vào sổ"))).hasCount(0);
    }

    @Test
    void aWrongPasswordIsRefusedWithATranslatedMessage() {
        logIn(officer, "not the password at all");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void theLoginPageSaysTheStartIsNotFinishedUntilTheApplicationIsReady() {
        page.navigate("/login");
        assertThat(page.locator("#starting")).hasCount(0);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            page.navigate("/login");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("dancu đang khởi động.");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("dancu: ready");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        page.navigate("/login");
        assertThat(page.locator("#starting")).hasCount(0);
    }

    /** Signs in a fresh account of the role in its own browser page and opens the home page. */
    private Page homeOf(Role role, Scope scope) {
        String username = StaffFixtures.create(context, role, scope, "Người thử " + role.name());
        browser.clearCookies();
        logIn(username, StaffFixtures.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/(\\?continue)?$"));
        return page;
    }

    @Test
    void eachRoleSeesItsOwnFiguresOnTheHomePage() throws IOException {
        RegisterTestData.ensureLoaded(context);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long provinceResidents = jdbc.sql("""
                SELECT count(*) FROM register.person WHERE alive AND resident
                  AND commune_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = '11')""")
                .query(Long.class).single();

        Page province = homeOf(Role.PROVINCE_OFFICER, new Scope("11", null));
        // other tests of this context add persons while this one runs: the page's number is the register's
        // within what they add
        long shown = Long.parseLong(province.locator("#population-total").textContent().replaceAll("[^0-9.].*", "")
                .replace(".", ""));
        assertThat(shown).isBetween(provinceResidents - 10, provinceResidents + 10);
        assertThat(province.locator("#pyramid")).isVisible();
        assertThat(province.locator("#by-age")).containsText("Từ 80 trở lên");
        assertThat(province.locator("#by-ethnicity")).containsText("Thái");
        assertThat(province.locator("#by-commune tbody tr")).not().hasCount(1);
        assertThat(province.locator("main")).containsText("Tính từ dữ liệu dân cư lúc");

        Page commune = homeOf(Role.COMMUNE_OFFICER, new Scope("03334", null));
        assertThat(commune.locator("#by-commune tbody tr")).hasCount(1);
        assertThat(commune.locator("#by-commune")).containsText("Phường Mường Thanh");

        Page agency = homeOf(Role.AGENCY_OFFICER, new Scope("11", "SO_NNMT"));
        assertThat(agency.locator("#population-total")).hasCount(0);
        assertThat(agency.locator("#agency-records")).containsText("hồ sơ trong các bộ dữ liệu của cơ quan bạn");

        Page auditor = homeOf(Role.AUDITOR, new Scope("11", null));
        assertThat(auditor.locator("#population-total")).hasCount(0);
        assertThat(auditor.locator("#ledger-head")).containsText("Bản ghi mới nhất: số");
        assertThat(auditor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký truy cập")).first()).isVisible();
    }

    @Test
    void aNameSearchShowsTheCountTheClosestNamesFirstAndTheCurrentCommune() throws IOException {
        RegisterTestData.ensureLoaded(context);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String family = jdbc.sql("""
                SELECT split_part(full_name, ' ', 1) FROM register.person GROUP BY 1 ORDER BY count(*) DESC LIMIT 1""")
                .query(String.class).single();
        homeOf(Role.PROVINCE_OFFICER, new Scope("11", null));

        page.navigate("/register");
        page.getByLabel("Họ và tên").fill(family.toLowerCase(Locale.ROOT));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).first().click();

        assertThat(page.locator(".result-count")).containsText(Pattern.compile("Tìm thấy (hơn )?[0-9.]+ người"));
        assertThat(page.locator("table.data thead")).containsText("Xã, phường hiện nay");
        String closest = page.locator("table.data tbody tr").first().locator("td").nth(1).textContent();
        assertThat(VietnameseText.asciiKey(closest)).as("the first name begins with the family name typed")
                .startsWith(VietnameseText.asciiKey(family) + " ");
        assertThat(page.locator("table.data tbody tr").first().locator("td").nth(4))
                .hasText(Pattern.compile("^(Xã|Phường|Thị trấn) .*"));
    }
}
