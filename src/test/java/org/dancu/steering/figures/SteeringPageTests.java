package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dancu.civil.ProvinceTime;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.register.RegisterIndicators;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.SteeringFixtures;
import org.dancu.steering.internal.Today;
import org.dancu.steering.tasks.NewTask;
import org.dancu.steering.tasks.TaskDecisions;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class SteeringPageTests {

    /** Current commune of Điện Biên Phủ city's former ward Mường Thanh (the demo commune officer's scope). */
    private static final String MUONG_THANH = "03334";
    private static final Period CLOSED_HALF = Period.parse("2025S2");

    @Autowired ApplicationContext context;
    @Autowired IndicatorCatalogue catalogue;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FactWriter writer;
    @Autowired Recompute recompute;
    private long taskId;

    @BeforeEach
    void seed() {
        SteeringFixtures.settle(context);
        taskId = SteeringFixtures.taskAtRisk(context);
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Quàng Văn Chỉ");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotStartWith("/login");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private MockHttpSession leader() throws Exception {
        return signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
    }

    private String currentCommuneOf(String code) {
        return jdbc.sql("SELECT commune_code FROM locality.scope_commune WHERE scope_code = :code"
                        + " AND commune_code IN (SELECT code FROM locality.unit WHERE level = 'COMMUNE' AND valid_until IS NULL)"
                        + " ORDER BY commune_code LIMIT 1")
                .param("code", code).query(String.class).single();
    }

    private Period lastMonth() {
        return Period.containing(PeriodType.MONTH, context.getBean(Today.class).date()).previous();
    }

    @Test
    void theOverviewShowsEachIndicatorTargetAndNoDataYet() throws Exception {
        Period month = Period.containing(PeriodType.MONTH, context.getBean(Today.class).date());
        writer.replace(catalogue.find(CleansingIndicators.HOUSING).orElseThrow(), List.of(month),
                List.of(new IndicatorCount(month, currentCommuneOf(MUONG_THANH), null, null, 80, 100)),
                FactWriter.Origin.COMPUTED);
        mvc.perform(get("/steering").session(leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tỉ lệ công dân có số định danh cá nhân hợp lệ"),
                        containsString("Phản ánh, kiến nghị được trả lời đúng hạn"),
                        containsString("chưa có dữ liệu"),
                        containsString("80 %"), containsString("chưa đạt"),
                        containsString(SteeringFixtures.TASK_AT_RISK),
                        containsString("Có nguy cơ chậm"),
                        not(containsString("??")))));
    }

    @Test
    void theOverviewInEnglishAndInLargeType() throws Exception {
        mvc.perform(get("/steering").param("lang", "en").param("large", "true").session(leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("no data yet"), containsString("projector"),
                        containsString("Projected"), not(containsString("??")))));
    }

    @Test
    void theCommunePageShowsItsIndicatorsAndTheChartData() throws Exception {
        String commune = currentCommuneOf(MUONG_THANH);
        mvc.perform(get("/steering/communes/{c}", commune).param("indicator", SteeringFixtures.INDICATOR)
                        .session(leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-series="), containsString("chart.umd.js"),
                        containsString("/js/steering.js"), containsString("Các xã cũ hợp thành"),
                        not(containsString("<script>")))));
    }

    @Test
    void aCommuneOfficerSeesTheirCommuneOnlyAndNeverTheProvince() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        String own = currentCommuneOf(MUONG_THANH);
        String other = jdbc.sql("SELECT code FROM locality.unit WHERE level = 'COMMUNE' AND valid_until IS NULL"
                        + " AND parent_code = '11' AND code <> :own ORDER BY code LIMIT 1")
                .param("own", own).query(String.class).single();

        mvc.perform(get("/steering").session(officer)).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .startsWith("/steering/communes/" + own));
        mvc.perform(get("/steering/communes/{c}", other).session(officer)).andExpect(status().isNotFound());
        String ranking = mvc.perform(get("/steering/ranking").param("indicator", SteeringFixtures.INDICATOR)
                        .param("period", lastMonth().code())
                        .session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ranking).contains("/steering/communes/" + own).doesNotContain("/steering/communes/" + other);
    }

    @Test
    void indicatorValuesAreScopedInTheQuery() {
        IndicatorValues values = context.getBean(IndicatorValues.class);
        Period month = lastMonth();
        assertThat(values.ranking(new Scope("11", null), SteeringFixtures.INDICATOR, IndicatorValues.UnitLevel.COMMUNE,
                month)).hasSize(45);
        assertThat(values.ranking(new Scope(MUONG_THANH, null), SteeringFixtures.INDICATOR,
                IndicatorValues.UnitLevel.COMMUNE, month)).extracting(StoredValue::unitCode)
                .containsExactly(currentCommuneOf(MUONG_THANH));
        assertThat(values.forUnit(new Scope(MUONG_THANH, null), IndicatorValues.UnitLevel.PROVINCE, "11",
                List.of(month))).isEmpty();
        assertThat(values.ranking(Scope.NONE, SteeringFixtures.INDICATOR, IndicatorValues.UnitLevel.COMMUNE, month))
                .isEmpty();
    }

    @Test
    void anAgencyOfficerSeesOnlyTheTasksOfTheirAgency() throws Exception {
        MockHttpSession education = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT"));
        MockHttpSession health = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_YT"));
        MockHttpSession bank = signIn(Role.AGENCY_OFFICER, new Scope(null, "NHNN"));
        mvc.perform(get("/steering/tasks").session(education))
                .andExpect(content().string(containsString(SteeringFixtures.TASK_AT_RISK)));
        mvc.perform(get("/steering/tasks/{id}", taskId).session(bank)).andExpect(status().isOk());
        mvc.perform(get("/steering/tasks").session(health))
                .andExpect(content().string(not(containsString(SteeringFixtures.TASK_AT_RISK))));
        mvc.perform(get("/steering/tasks/{id}", taskId).session(health)).andExpect(status().isNotFound());
    }

    @Test
    void theTaskPageGivesTheRiskReasonAndTakesAReportWithEvidence() throws Exception {
        MockHttpSession education = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT"));
        mvc.perform(get("/steering/tasks/{id}", taskId).session(education))
                .andExpect(content().string(allOf(containsString("Dự báo"), containsString("mục tiêu 95 %"),
                        containsString("(số liệu tính lúc "))));

        MockMultipartFile pdf = new MockMultipartFile("evidence", "biên bản.pdf", "application/pdf",
                "%PDF-1.4 minutes".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/steering/tasks/{id}/reports", taskId).file(pdf)
                        .param("body", "Đã triển khai ở 12 trường").with(csrf()).session(education))
                .andExpect(redirectedUrl("/steering/tasks/" + taskId));
        String page = mvc.perform(get("/steering/tasks/{id}", taskId).session(education)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đã triển khai ở 12 trường").contains("biên bản.pdf");
        Matcher link = Pattern.compile("/steering/evidence/(\\d+)").matcher(page);
        assertThat(link.find()).isTrue();
        mvc.perform(get("/steering/evidence/{id}", link.group(1)).session(education))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf.getBytes()));
        mvc.perform(get("/steering/evidence/{id}", link.group(1))
                        .session(signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_YT"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBadEvidenceFileIsRefusedAndNothingIsStored() throws Exception {
        MockHttpSession education = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT"));
        long before = jdbc.sql("SELECT count(*) FROM steering.progress_report").query(Long.class).single();
        MockMultipartFile exe = new MockMultipartFile("evidence", "report.pdf", "application/pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/steering/tasks/{id}/reports", taskId).file(exe).param("body", "x")
                .with(csrf()).session(education)).andExpect(redirectedUrl("/steering/tasks/" + taskId));
        assertThat(jdbc.sql("SELECT count(*) FROM steering.progress_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void leadersMarkATaskDoneAndReopenItAndAMoveFromTheWrongStatusIsExplained() throws Exception {
        long id = task("Cấp phép xây dựng trực tuyến (quyết định của ban)", "SO_XD",
                thisMonth().lastDay().plusYears(1), null, 0);
        MockHttpSession leader = leader();
        MockHttpSession agency = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_XD"));
        mvc.perform(post("/steering/tasks/{id}/complete", id).with(csrf()).session(agency))
                .andExpect(status().isForbidden());
        assertThat(page("/steering/tasks/" + id, leader)).contains("Đang thực hiện").contains("Đánh dấu hoàn thành");

        mvc.perform(post("/steering/tasks/{id}/complete", id).with(csrf()).session(leader))
                .andExpect(redirectedUrl("/steering/tasks/" + id));
        assertThat(page("/steering/tasks/" + id, leader)).contains("Hoàn thành").contains("Mở lại nhiệm vụ")
                .doesNotContain("Đánh dấu hoàn thành");

        // a second "done" (another tab, a resent form) is refused in words and changes nothing
        var refused = mvc.perform(post("/steering/tasks/{id}/cancel", id).with(csrf()).session(leader))
                .andExpect(redirectedUrl("/steering/tasks/" + id)).andReturn();
        assertThat(mvc.perform(get("/steering/tasks/" + id).session(leader)
                        .flashAttrs(refused.getFlashMap())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("Nhiệm vụ không thể chuyển sang trạng thái này từ trạng thái hiện tại");
        assertThat(jdbc.sql("SELECT status FROM steering.task WHERE task_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("DONE");

        mvc.perform(post("/steering/tasks/{id}/reopen", id).with(csrf()).session(leader))
                .andExpect(redirectedUrl("/steering/tasks/" + id));
        assertThat(page("/steering/tasks/" + id, leader)).contains("Đang thực hiện");
    }

    @Test
    void onlyLeadersCreateTasksAndBadInputIsExplained() throws Exception {
        MockHttpSession commune = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        mvc.perform(post("/steering/tasks").param("title", "x").param("leadAgency", "SO_YT")
                .param("deadline", "2026-12-31").with(csrf()).session(commune)).andExpect(status().isForbidden());
        long before = jdbc.sql("SELECT count(*) FROM steering.task").query(Long.class).single();
        mvc.perform(post("/steering/tasks").param("title", "Nhiệm vụ").param("leadAgency", "KHONG_CO")
                        .param("deadline", "2026-12-31").with(csrf()).session(leader()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cơ quan không có trong danh sách.")));
        assertThat(jdbc.sql("SELECT count(*) FROM steering.task").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theMapIsAnInlineSvgWithEveryCurrentCommune() throws Exception {
        String page = mvc.perform(get("/steering/map").param("indicator", SteeringFixtures.INDICATOR)
                        .session(leader()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg").contains("viewBox=\"0 0 800 ");
        Matcher paths = Pattern.compile("<path class=\"commune\"[^>]*data-code=\"(\\d{5})\"").matcher(page);
        long count = 0;
        while (paths.find()) {
            count++;
        }
        assertThat(count).isEqualTo(45);
        assertThat(page).contains("data-code=\"" + currentCommuneOf(MUONG_THANH) + "\"");
    }

    @Test
    void everyPageShowsTheStoredFiguresAsTheyAreNowNeverOlderOnes() throws Exception {
        Period past = Period.parse("2024-03");
        IndicatorDefinition education = catalogue.find(CleansingIndicators.EDUCATION).orElseThrow();
        String commune = currentCommuneOf(MUONG_THANH);
        MockHttpSession leader = leader();
        try {
            writer.replace(education, List.of(past), List.of(new IndicatorCount(past, commune, null, null, 613, 1000)),
                    FactWriter.Origin.COMPUTED);
            assertThat(figurePages(leader, past, commune)).allSatisfy(page -> assertThat(page).contains("61,3 %"));

            writer.replace(education, List.of(past), List.of(new IndicatorCount(past, commune, null, null, 774, 1000)),
                    FactWriter.Origin.COMPUTED);
            assertThat(figurePages(leader, past, commune)).allSatisfy(page -> assertThat(page).contains("77,4 %")
                    .doesNotContain("61,3 %"));

            // changes made outside this application (another instance, a correction by hand) show as well
            jdbc.sql("UPDATE steering.indicator_value SET value = 55.5 WHERE indicator_code = :code"
                    + " AND period_code = :period").param("code", education.code()).param("period", past.code()).update();
            jdbc.sql("INSERT INTO steering.indicator_target (indicator_code, year, target) VALUES (:code, 2024, 70)")
                    .param("code", education.code()).update();
            assertThat(figurePages(leader, past, commune)).allSatisfy(page -> assertThat(page).contains("55,5 %")
                    .doesNotContain("77,4 %"));
            assertThat(figurePages(leader, past, commune).get(0)).contains("70 %");
        } finally {
            jdbc.sql("DELETE FROM steering.indicator_target WHERE indicator_code = :code AND year = 2024")
                    .param("code", education.code()).update();
            writer.replace(education, List.of(past), List.of(), FactWriter.Origin.COMPUTED);
        }
    }

    /** The overview, the commune page and the map of the education indicator in one period. */
    private List<String> figurePages(MockHttpSession session, Period period, String commune) throws Exception {
        List<String> pages = new ArrayList<>();
        for (String path : List.of("/steering", "/steering/communes/" + commune, "/steering/map")) {
            pages.add(mvc.perform(get(path).param("period", period.code())
                            .param("indicator", CleansingIndicators.EDUCATION).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        return pages;
    }

    @Test
    void theOverviewShowsARecomputeAtOnce() throws Exception {
        Period month = Period.containing(PeriodType.MONTH, context.getBean(Today.class).date());
        IndicatorDefinition validPin = catalogue.find(RegisterIndicators.VALID_PIN).orElseThrow();
        MockHttpSession leader = leader();
        writer.replace(validPin, List.of(month), List.of(new IndicatorCount(month, currentCommuneOf(MUONG_THANH), null,
                null, 3, 997)), FactWriter.Origin.COMPUTED);
        assertThat(validPinCard(leader)).contains("0,3 %");

        mvc.perform(post("/steering/recompute").with(csrf()).session(leader)).andExpect(redirectedUrl("/steering"));
        BigDecimal recomputed = jdbc.sql("SELECT value FROM steering.indicator_value WHERE indicator_code = :code"
                        + " AND period_code = :period AND unit_level = 'PROVINCE' AND agency_code = ''")
                .param("code", validPin.code()).param("period", month.code()).query(BigDecimal.class).optional()
                .orElse(null);
        assertThat(validPinCard(leader)).doesNotContain("0,3 %")
                .contains(context.getBean(Figures.class).value(validPin, recomputed, Locale.forLanguageTag("vi")));
    }

    private String validPinCard(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/steering").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String card = page.substring(page.indexOf("id=\"indicator-" + RegisterIndicators.VALID_PIN + "\""));
        return card.substring(0, card.indexOf("</article>"));
    }

    @Test
    void theReviewOfAPastHalfYearReproducesItsStoredFiguresInPdfDocxAndXlsx() throws Exception {
        String commune = currentCommuneOf(MUONG_THANH);
        writer.replace(catalogue.find(RegisterIndicators.VALID_PIN).orElseThrow(), List.of(CLOSED_HALF),
                List.of(new IndicatorCount(CLOSED_HALF, commune, null, null, 873, 1000)), FactWriter.Origin.COMPUTED);
        MockHttpSession leader = leader();

        byte[] first = mvc.perform(get("/steering/reports/review.pdf").param("period", "2025S2").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(first);
        assertThat(text).contains("Báo cáo sơ kết Đề án 06 kỳ 6 tháng cuối năm 2025").contains("Tỉ lệ công dân có số định danh")
                .contains("87,3 %").contains("chưa có dữ liệu").contains("Phường");

        recompute.all();
        assertThat(pdfText(mvc.perform(get("/steering/reports/review.pdf").param("period", "2025S2").session(leader))
                .andReturn().getResponse().getContentAsByteArray())).contains("87,3");

        byte[] docx = mvc.perform(get("/steering/reports/review.docx").param("period", "2025S2").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Kết quả đạt được").contains("87,3")
                    .contains("Số liệu theo xã, phường");
        }

        byte[] xlsx = mvc.perform(get("/steering/ranking.xlsx").param("period", "2025S2")
                        .param("indicator", RegisterIndicators.VALID_PIN).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCell(2).getText()).isEqualTo("Đơn vị");
            Row row = rows.stream().filter(r -> commune.equals(r.getCell(1).getText())).findFirst().orElseThrow();
            assertThat(row.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(5).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(5).asNumber()).isEqualByComparingTo("0.873");
            assertThat(row.getCell(2).getText()).startsWith("Phường");
        }
    }

    @Test
    void everyFigureSaysWhenItWasComputedAndEveryComparisonNamesItsOtherSideAndDemoHistory() throws Exception {
        Period month = thisMonth();
        Period yearEarlier = month.yearEarlier();
        IndicatorDefinition social = HandStoredIndicators.SOCIAL_DEFINITION;
        String commune = currentCommuneOf(MUONG_THANH);
        MockHttpSession leader = leader();
        try {
            writer.replace(social, List.of(yearEarlier), List.of(new IndicatorCount(yearEarlier, commune, null, null,
                    50, 100)), FactWriter.Origin.DEMO);
            writer.replace(social, List.of(month), List.of(new IndicatorCount(month, commune, null, null, 71, 100)),
                    FactWriter.Origin.COMPUTED);
            Instant computed = jdbc.sql("SELECT computed_at FROM steering.indicator_value WHERE indicator_code = :code"
                            + " AND period_code = :period AND unit_level = 'PROVINCE' AND agency_code = ''")
                    .param("code", social.code()).param("period", month.code()).query(Instant.class).single();
            String time = new ProvinceTime(ProvinceTime.VIETNAM).dateTime(computed);
            String computedAt = "Số liệu tính lúc " + time;
            String other = context.getBean(Figures.class).period(yearEarlier, Locale.forLanguageTag("vi"));

            assertThat(card(page("/steering", leader), social.code())).contains("71 %")
                    .contains("So với " + other + " (số liệu mẫu)").contains("+21").contains(computedAt);
            assertThat(page("/steering/communes/" + commune, leader, "indicator", social.code()))
                    .contains("So với " + other + " (số liệu mẫu)").contains(time);
            for (String path : List.of("/steering/ranking", "/steering/map")) {
                assertThat(page(path, leader, "indicator", social.code())).as(path).contains(computedAt);
            }
            byte[] xlsx = mvc.perform(get("/steering/overview.xlsx").param("period", month.code()).session(leader))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertThat(rows.get(0).getCell(5).getText()).isEqualTo("Cùng kỳ năm trước (" + other + ")");
                assertThat(rows.get(0).getCell(7).getText()).isEqualTo("Tính lúc");
                Row row = rows.stream().filter(r -> r.getCell(0).getText().equals(context.getBean(Figures.class)
                        .text(social.nameKey(), Locale.forLanguageTag("vi")))).findFirst().orElseThrow();
                assertThat(row.getCell(7).getText()).isEqualTo(time);
                assertThat(row.getCell(8).getText()).isEqualTo("cùng kỳ năm trước");
            }
        } finally {
            writer.replace(social, List.of(yearEarlier, month), List.of(), FactWriter.Origin.COMPUTED);
        }
    }

    @Test
    void reportsAreForLeadersOnly() throws Exception {
        mvc.perform(get("/steering/reports/review.pdf").session(signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/steering/reports/review.pdf").param("period", "not-a-period").session(leader()))
                .andExpect(status().isBadRequest());
    }

    private Period thisMonth() {
        return Period.containing(PeriodType.MONTH, context.getBean(Today.class).date());
    }

    /**
     * Stores province figures of an indicator month by month, the last entry for this month; a null
     * entry leaves that month without a figure.
     */
    private void storeMonths(String indicator, long[]... numeratorDenominator) {
        String commune = currentCommuneOf(MUONG_THANH);
        List<Period> months = new ArrayList<>();
        List<IndicatorCount> counts = new ArrayList<>();
        for (int i = 0; i < numeratorDenominator.length; i++) {
            Period month = new Period(PeriodType.MONTH,
                    thisMonth().start().minusMonths(numeratorDenominator.length - 1L - i));
            months.add(month);
            if (numeratorDenominator[i] != null) {
                counts.add(new IndicatorCount(month, commune, null, null, numeratorDenominator[i][0],
                        numeratorDenominator[i][1]));
            }
        }
        writer.replace(catalogue.find(indicator).orElseThrow(), months, counts, FactWriter.Origin.COMPUTED);
    }

    private long task(String title, String lead, LocalDate deadline, String indicator, int target) {
        return context.getBean(TaskDecisions.class).create(new NewTask(title, lead, List.of(), deadline, "", indicator,
                indicator == null ? null : BigDecimal.valueOf(target)), "test", false);
    }

    private String page(String path, MockHttpSession session, String... parameters) throws Exception {
        var request = get(path).session(session);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The row of a task in the task list. */
    private static String row(String page, String title) {
        String list = page.substring(page.indexOf("id=\"task-list\""));
        String from = list.substring(list.lastIndexOf("<tr", list.indexOf(title)));
        return from.substring(0, from.indexOf("</tr>"));
    }

    private String card(String page, String indicator) {
        String card = page.substring(page.indexOf("id=\"indicator-" + indicator + "\""));
        return card.substring(0, card.indexOf("</article>"));
    }

    @Test
    void aTaskWhoseIndicatorHasNoDataThisMonthSaysSoInsteadOfReportingOlderMonths() throws Exception {
        String title = "Cung cấp trực tuyến dịch vụ công thiết yếu (chưa có số liệu tháng này)";
        storeMonths(HandStoredIndicators.ONLINE, new long[] {88, 100}, new long[] {90, 100},
                new long[] {91, 100}, new long[] {92, 100}, new long[] {93, 100}, null);
        task(title, "VP_UBND", thisMonth().lastDay().plusYears(1), HandStoredIndicators.ONLINE, 80);
        MockHttpSession leader = leader();

        assertThat(card(page("/steering", leader), HandStoredIndicators.ONLINE)).contains("chưa có dữ liệu");
        assertThat(row(page("/steering/tasks", leader), title)).contains("Chưa có dữ liệu")
                .doesNotContain("Đã đạt").doesNotContain("93 %");
    }

    @Test
    void aTaskWhoseIndicatorMeetsItsTargetThisMonthIsMetWhateverTheOlderTrend() throws Exception {
        String title = "Chi trả an sinh xã hội không dùng tiền mặt (đạt trong tháng)";
        SteeringFixtures.target(context, HandStoredIndicators.SOCIAL, thisMonth().start().getYear(), 80);
        storeMonths(HandStoredIndicators.SOCIAL, new long[] {70, 100}, new long[] {71, 100},
                new long[] {72, 100}, new long[] {73, 100}, new long[] {74, 100}, new long[] {1000, 1000});
        task(title, "BHXH", thisMonth().lastDay().plusYears(1), HandStoredIndicators.SOCIAL, 100);
        MockHttpSession leader = leader();

        assertThat(card(page("/steering", leader), HandStoredIndicators.SOCIAL)).contains("100 %")
                .contains("đạt");
        assertThat(row(page("/steering/tasks", leader), title)).contains("Đã đạt 100 %")
                .doesNotContain("Có nguy cơ chậm").doesNotContain("Dự báo");
    }

    @Test
    void noPageOrReportHoldsAPlaceholderAndNothingBelowTargetReadsAsTheTarget() throws Exception {
        String title = "Trả lời yêu cầu xác thực qua cổng trao đổi (quá hạn)";
        int year = thisMonth().start().getYear();
        SteeringFixtures.target(context, HandStoredIndicators.ANSWERED, year, 100);
        storeMonths(HandStoredIndicators.ANSWERED, new long[] {22_300, 22_393}, new long[] {22_392, 22_393});
        long id = task(title, "CONG_AN", context.getBean(Today.class).date().minusDays(1),
                HandStoredIndicators.ANSWERED, 100);
        MockHttpSession leader = leader();
        Period half = Period.containing(PeriodType.HALF_YEAR, thisMonth().firstDay());

        List<String> texts = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            texts.add(page("/steering", leader, "lang", lang));
            texts.add(page("/steering/tasks", leader, "lang", lang));
            texts.add(page("/steering/tasks/" + id, leader, "lang", lang));
            for (String form : List.of("", "official")) {
                texts.add(pdfText(mvc.perform(get("/steering/reports/review.pdf").param("period", half.code())
                        .param("form", form).param("lang", lang).session(leader)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsByteArray()));
                texts.add(docxText(mvc.perform(get("/steering/reports/review.docx").param("period", half.code())
                        .param("form", form).param("lang", lang).session(leader)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsByteArray()));
            }
        }
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContainPattern("\\{\\d+}")
                .contains(title));
        assertThat(texts.get(0)).contains("Đã quá hạn").contains("mới đạt 99,9 %, mục tiêu 100 %");
        assertThat(card(texts.get(0), HandStoredIndicators.ANSWERED)).contains(">99,9 %</p>")
                .contains("chưa đạt").doesNotContain(">100 %</p>");
        assertThat(texts.get(3)).contains("mới đạt 99,9 %, mục tiêu 100 %");

        byte[] xlsx = mvc.perform(get("/steering/overview.xlsx").param("period", thisMonth().code()).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo(
                    context.getBean(Figures.class).period(thisMonth(), Locale.forLanguageTag("vi")).replace('/', '-'));
            Row gateway = workbook.getFirstSheet().read().stream()
                    .filter(r -> r.getCell(0).getText().startsWith("Yêu cầu xác thực")).findFirst().orElseThrow();
            assertThat(gateway.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(gateway.getCell(1).asNumber()).isEqualByComparingTo("0.999");
            assertThat(gateway.getCell(1).getDataFormatString()).isEqualTo("0.0%");
            assertThat(gateway.getCell(2).asNumber()).isEqualByComparingTo("1");
            assertThat(gateway.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(gateway.getCell(4).asNumber()).isEqualByComparingTo("0.4");
            assertThat(gateway.getCell(4).getDataFormatString()).startsWith("+0.0");
        }
    }

    @Test
    void theOfficialReviewHasTheMottoIssuerNumberPlaceDateRecipientsAndSignature() throws Exception {
        MockHttpSession leader = leader();
        LocalDate today = context.getBean(Today.class).date();
        String dateLine = context.getBean(Figures.class).placeAndDate("Điện Biên", today, Locale.forLanguageTag("vi"));
        byte[] pdfBytes = mvc.perform(get("/steering/reports/review.pdf").param("period", "2025S2")
                        .param("form", "official").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PdfReader reader = new PdfReader(pdfBytes)) {
            assertThat(reader.getPageSize(1).getHeight()).isGreaterThan(reader.getPageSize(1).getWidth());
        }
        String pdf = pdfText(pdfBytes);
        String docx = docxText(mvc.perform(get("/steering/reports/review.docx").param("period", "2025S2")
                        .param("form", "official").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        for (String text : List.of(pdf, docx.replaceAll("\\s+", " "))) {
            assertThat(text).contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("BAN CHỈ ĐẠO ĐỀ ÁN 06 TỈNH ĐIỆN BIÊN").contains("Số: .../BC-BCĐ").contains(dateLine)
                    .contains("BÁO CÁO").contains("Sơ kết 6 tháng cuối năm 2025 thực hiện Đề án 06")
                    .contains("I. Kết quả đạt được").contains("Nơi nhận:").contains("- Lưu: VT.")
                    .contains("TM. BAN CHỈ ĐẠO").contains("TRƯỞNG BAN").doesNotContain("2025S2");
        }
        assertThat(dateLine).matches("Điện Biên, ngày \\d{2} tháng \\d{1,2} năm \\d{4}");
        long before = jdbc.sql("SELECT count(*) FROM steering.task").query(Long.class).single();
        mvc.perform(get("/steering/reports/review.pdf").param("form", "letter").session(leader))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM steering.task").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAgencyOfficerSeesTheirAgencysTasksAndIsRemindedOfTheOverdueOnesTheyLead() throws Exception {
        String title = "Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính (quá hạn)";
        task(title, "SO_TC", context.getBean(Today.class).date().minusDays(3), null, 0);
        MockHttpSession finance = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"));

        String tasks = page("/steering/tasks", finance);
        assertThat(tasks).contains("Nhiệm vụ của Sở Tài chính").contains("Chủ trì");
        assertThat(row(tasks, title)).contains("Quá hạn").doesNotContain("Theo báo cáo");
        assertThat(tasks.substring(tasks.indexOf("id=\"overdue-reminders\""))).contains(title);
        String overview = page("/steering", finance);
        assertThat(overview).contains("id=\"overdue-reminders\"").contains(title)
                .contains("Nhiệm vụ của Sở Tài chính");
        assertThat(page("/steering/tasks", finance, "lang", "en")).contains("Tasks of Department of Finance")
                .contains("Reminder:");

        assertThat(page("/steering/tasks", leader())).doesNotContain("overdue-reminders");
        assertThat(page("/steering/tasks", signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_YT"))))
                .doesNotContain(title).doesNotContain("overdue-reminders");
    }

    @Test
    void everySteeringPageAnswersEachRoleWithPeriodsInWords() throws Exception {
        String quarter = context.getBean(Figures.class).period(
                Period.containing(PeriodType.QUARTER, thisMonth().firstDay()), Locale.forLanguageTag("vi"));
        String monthName = context.getBean(Figures.class).period(thisMonth(), Locale.forLanguageTag("vi"));
        List<MockHttpSession> everyone = List.of(signIn(Role.ADMINISTRATOR, new Scope("11", null)), leader(),
                signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null)),
                signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT")), signIn(Role.AUDITOR, new Scope("11", null)));
        for (MockHttpSession session : everyone) {
            for (String path : List.of("/steering/ranking", "/steering/map")) {
                assertThat(page(path, session)).contains(quarter).contains(monthName)
                        .doesNotContain("??").doesNotContainPattern("\\{\\d+}")
                        .doesNotContain(">" + thisMonth().code() + "<");
            }
            MvcResult overview = mvc.perform(get("/steering").session(session)).andReturn();
            assertThat(overview.getResponse().getStatus()).isIn(200, 302);
            assertThat(overview.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContainPattern("\\{\\d+}").doesNotContain("??");
            for (String path : List.of("/steering/agencies", "/steering/tasks", "/steering/tasks/" + taskId)) {
                assertThat(page(path, session)).doesNotContainPattern("\\{\\d+}").doesNotContain("??");
            }
        }
        String commune = currentCommuneOf(MUONG_THANH);
        for (MockHttpSession session : List.of(everyone.get(0), everyone.get(1), everyone.get(2), everyone.get(4))) {
            assertThat(page("/steering/communes/" + commune, session, "indicator", SteeringFixtures.INDICATOR))
                    .contains("data-series=").contains(monthName).doesNotContain(thisMonth().code() + "&quot;")
                    .doesNotContainPattern("\\{\\d+}");
        }
        mvc.perform(get("/steering/communes/" + commune).session(everyone.get(3))).andExpect(status().isNotFound());
        assertThat(page("/steering/reports", leader())).contains("6 tháng đầu năm").contains("6 tháng cuối năm")
                .contains("Theo thể thức văn bản hành chính");
        assertThat(page("/steering/reports", everyone.get(0), "lang", "en")).contains("First half of");
        mvc.perform(get("/steering/reports").session(everyone.get(3))).andExpect(status().isForbidden());
        mvc.perform(get("/steering/overview.xlsx").session(everyone.get(2))).andExpect(status().isForbidden());
    }

    @Test
    void theMapNamesEachCommuneAndShowsItsFigureWhenPointedAt() throws Exception {
        String commune = currentCommuneOf(MUONG_THANH);
        String map = page("/steering/map", leader(), "indicator", SteeringFixtures.INDICATOR);
        assertThat(map).containsPattern("<title>Bản đồ chỉ tiêu</title>")
                .containsPattern("<title>Phường Mường Thanh: [0-9,]+ % \\(mục tiêu [0-9,]+ %\\)</title>")
                .containsPattern("<text[^>]*>Mường Thanh</text>")
                .contains("data-code=\"" + commune + "\"");
        Matcher names = Pattern.compile("<text [^>]*>[^<]+</text>").matcher(map);
        long count = 0;
        while (names.find()) {
            count++;
        }
        assertThat(count).isEqualTo(45);
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }
}
