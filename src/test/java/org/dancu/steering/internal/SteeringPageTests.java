package org.dancu.steering.internal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.internal.StaffFixtures;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FactWriter writer;
    @Autowired Recompute recompute;
    private long taskId;

    @BeforeEach
    void seed() {
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
        writer.replace(IndicatorCatalogue.find(IndicatorCatalogue.CLEAN_HOUSING).orElseThrow(), List.of(month),
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
                .andExpect(content().string(allOf(containsString("Dự báo"), containsString("mục tiêu 95 %"))));

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
        IndicatorDefinition education = IndicatorCatalogue.find(IndicatorCatalogue.CLEAN_EDUCATION).orElseThrow();
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
                            .param("indicator", IndicatorCatalogue.CLEAN_EDUCATION).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        return pages;
    }

    @Test
    void theOverviewShowsARecomputeAtOnce() throws Exception {
        Period month = Period.containing(PeriodType.MONTH, context.getBean(Today.class).date());
        IndicatorDefinition validPin = IndicatorCatalogue.find(IndicatorCatalogue.REG_VALID_PIN).orElseThrow();
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
        String card = page.substring(page.indexOf("id=\"indicator-" + IndicatorCatalogue.REG_VALID_PIN + "\""));
        return card.substring(0, card.indexOf("</article>"));
    }

    @Test
    void theReviewOfAPastHalfYearReproducesItsStoredFiguresInPdfDocxAndXlsx() throws Exception {
        String commune = currentCommuneOf(MUONG_THANH);
        writer.replace(IndicatorCatalogue.find(IndicatorCatalogue.REG_VALID_PIN).orElseThrow(), List.of(CLOSED_HALF),
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
                        .param("indicator", IndicatorCatalogue.REG_VALID_PIN).session(leader))
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
    void reportsAreForLeadersOnly() throws Exception {
        mvc.perform(get("/steering/reports/review.pdf").session(signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/steering/reports/review.pdf").param("period", "not-a-period").session(leader()))
                .andExpect(status().isBadRequest());
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
