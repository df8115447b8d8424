package org.dancu.steering.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dancu.civil.ProvinceTime;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.SteeringFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The indicators API over figures the fact writer stored (the steering fixtures' monthly history of
 * tuition payments, six months up to this one for every current commune: commune {@code i} of the
 * locality module's order counted 500 + 10 × (months since the first) + i of 1,000 payments).
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorApiTests {

    private static final String INDICATOR = SteeringFixtures.INDICATOR;

    @Autowired MockMvc mvc;
    @Autowired IndicatorCatalogue catalogue;
    @Autowired ApplicationContext context;
    @Autowired ApiClients clients;
    @Autowired ApiClientUsage usage;
    @Autowired Localities localities;
    @Autowired ProvinceTime time;
    @Autowired MessageSource messages;

    private List<String> communes;
    private Period thisMonth;

    @BeforeEach
    void figures() {
        SteeringFixtures.taskAtRisk(context);
        SteeringFixtures.settle(context);
        communes = localities.children("11", time.today()).stream().map(AdministrativeUnit::code).toList();
        thisMonth = Period.containing(PeriodType.MONTH, time.today());
    }

    private String token(String locality) {
        String token = ApiTokens.generate();
        clients.save(ApiClient.create("Hệ thống thử " + locality, locality, ApiTokens.digest(token), "test",
                Instant.now()));
        return token;
    }

    private static MockHttpServletRequestBuilder api(String token, String path) {
        return get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    /** Seven months: the six the fixtures stored and the one before, which has no data. */
    private String sevenMonths() {
        return new Period(PeriodType.MONTH, thisMonth.start().minusMonths(6)).code() + ".." + thisMonth.code();
    }

    private long numerator(int commune, int monthsSinceFirst) {
        return 500 + 10L * monthsSinceFirst + commune;
    }

    @Test
    void theCatalogueNamesEveryIndicatorInBothLanguages() throws Exception {
        String token = token("11");
        String name = messages.getMessage("register.indicator.REG_VALID_PIN.name", null, Locale.forLanguageTag("vi"));
        mvc.perform(api(token, "/api/v1/indicators"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(catalogue.all().size())))
                .andExpect(jsonPath("$[0].code").value("REG_VALID_PIN"))
                .andExpect(jsonPath("$[0].name.vi").value(name))
                .andExpect(jsonPath("$[0].name.en").value("Share of citizens with a valid personal ID"))
                .andExpect(jsonPath("$[0].denominator.en").value("Living residents in the register"))
                .andExpect(jsonPath("$[0].factor").value(100))
                .andExpect(jsonPath("$[0].unitOfMeasure").value("PERCENT"))
                .andExpect(jsonPath("$[0].periodTypes[0]").value("MONTH"))
                .andExpect(jsonPath("$[0].module").value("register"));
        mvc.perform(api(token, "/api/v1/indicators/" + INDICATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(INDICATOR))
                .andExpect(jsonPath("$.module").value("steering-test"));
        List<String> csv = lines(mvc.perform(api(token, "/api/v1/indicators.csv")).andExpect(status().isOk()));
        assertThat(csv.get(0)).isEqualTo("code,nameVi,nameEn,numeratorVi,numeratorEn,denominatorVi,denominatorEn,"
                + "factor,unitOfMeasure,periodTypes,module,leadAgency");
        assertThat(csv).hasSize(catalogue.all().size() + 1);
        assertThat(csv.get(1)).startsWith("REG_VALID_PIN," + name + ",Share of citizens with a valid personal ID,");
    }

    @Test
    void everyCommuneOfTheProvinceOverMonthsAsJsonWithNoDataWhereNothingIsStored() throws Exception {
        String firstMonth = new Period(PeriodType.MONTH, thisMonth.start().minusMonths(5)).code();
        String before = new Period(PeriodType.MONTH, thisMonth.start().minusMonths(6)).code();
        ResultActions answer = mvc.perform(api(token("11"), "/api/v1/indicators/" + INDICATOR + "/values")
                        .param("period", sevenMonths()).param("unit", "11").param("unitLevel", "commune"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.indicator").value(INDICATOR))
                .andExpect(jsonPath("$.unitLevel").value("commune"))
                .andExpect(jsonPath("$.factor").value(100))
                .andExpect(jsonPath("$.periods", hasSize(7)))
                .andExpect(jsonPath("$.rows", hasSize(7 * communes.size())));
        // rows go unit by unit, period by period
        answer.andExpect(jsonPath("$.rows[0].unit").value(communes.get(0)))
                .andExpect(jsonPath("$.rows[0].period").value(before))
                .andExpect(jsonPath("$.rows[0].status").value("NO_DATA"))
                .andExpect(jsonPath("$.rows[0].numerator").doesNotExist())
                .andExpect(jsonPath("$.rows[0].value").doesNotExist())
                .andExpect(jsonPath("$.rows[1].period").value(firstMonth))
                .andExpect(jsonPath("$.rows[1].numerator").value(numerator(0, 0)))
                .andExpect(jsonPath("$.rows[1].denominator").value(1000))
                .andExpect(jsonPath("$.rows[1].value").value(numerator(0, 0) / 10.0))
                .andExpect(jsonPath("$.rows[1].status").value("VALUE"))
                .andExpect(jsonPath("$.rows[1].origin").value("COMPUTED"))
                .andExpect(jsonPath("$.rows[1].computedAt").isString());
        int last = communes.size() - 1;
        answer.andExpect(jsonPath("$.rows[" + (7 * last + 6) + "].unit").value(communes.get(last)))
                .andExpect(jsonPath("$.rows[" + (7 * last + 6) + "].period").value(thisMonth.code()))
                .andExpect(jsonPath("$.rows[" + (7 * last + 6) + "].numerator").value(numerator(last, 5)));
    }

    @Test
    void theSameFiguresAsCsvByAddressParameterOrAcceptHeader() throws Exception {
        String token = token("11");
        String path = "/api/v1/indicators/" + INDICATOR + "/values";
        List<List<String>> answers = new ArrayList<>();
        answers.add(lines(mvc.perform(api(token, path + ".csv").param("period", sevenMonths())
                .param("unitLevel", "commune")).andExpect(status().isOk())));
        answers.add(lines(mvc.perform(api(token, path).param("period", sevenMonths()).param("unitLevel", "commune")
                .param("format", "csv")).andExpect(status().isOk())));
        answers.add(lines(mvc.perform(api(token, path).param("period", sevenMonths()).param("unitLevel", "commune")
                .accept("text/csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))));
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(answers.get(2)).isEqualTo(answers.get(0));
        List<String> csv = answers.get(0);
        assertThat(csv).hasSize(1 + 7 * communes.size());
        assertThat(csv.get(0)).isEqualTo(
                "indicator,period,unitLevel,unit,numerator,denominator,value,status,origin,computedAt");
        String before = new Period(PeriodType.MONTH, thisMonth.start().minusMonths(6)).code();
        assertThat(csv.get(1)).isEqualTo(INDICATOR + "," + before + ",commune," + communes.get(0) + ",,,,NO_DATA,,");
        BigDecimal value = BigDecimal.valueOf(numerator(2, 5)).divide(BigDecimal.TEN).setScale(4);
        assertThat(csv.get(1 + 7 * 2 + 6)).startsWith(INDICATOR + "," + thisMonth.code() + ",commune," + communes.get(2)
                + "," + numerator(2, 5) + ",1000," + value.toPlainString() + ",VALUE,COMPUTED,");
    }

    @Test
    void theProvinceTheOldDistrictsAndAnAgencyAddUpAsStored() throws Exception {
        String token = token("11");
        String path = "/api/v1/indicators/" + INDICATOR + "/values";
        long total = 0;
        for (int i = 0; i < communes.size(); i++) {
            total += numerator(i, 5);
        }
        mvc.perform(api(token, path).param("period", thisMonth.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitLevel").value("province"))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].unit").value("11"))
                .andExpect(jsonPath("$.rows[0].numerator").value(total))
                .andExpect(jsonPath("$.rows[0].denominator").value(1000 * communes.size()));
        List<String> districts = lines(mvc.perform(api(token, path + ".csv").param("period", thisMonth.code())
                .param("unitLevel", "oldDistrict")).andExpect(status().isOk()));
        List<String> oldDistricts = localities.children("11", Localities.REFORM_2025.minusDays(1)).stream()
                .map(AdministrativeUnit::code).toList();
        assertThat(districts).hasSize(1 + oldDistricts.size());
        assertThat(districts.stream().skip(1).mapToLong(line -> Long.parseLong(line.split(",")[4])).sum())
                .isEqualTo(total);
        mvc.perform(api(token, path).param("period", thisMonth.code()).param("unitLevel", "oldCommune")
                        .param("unit", oldDistricts.get(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(localities.children(oldDistricts.get(0),
                        Localities.REFORM_2025.minusDays(1)).size())));
        mvc.perform(api(token, path).param("period", thisMonth.code()).param("unitLevel", "agency")
                        .param("unit", "SO_GDDT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].unit").value("SO_GDDT"))
                .andExpect(jsonPath("$.rows[0].status").value("NO_DATA"));
    }

    @Test
    void aClientOfOneCommuneReadsThatCommuneOnly() throws Exception {
        String token = token(communes.get(0));
        String path = "/api/v1/indicators/" + INDICATOR + "/values";
        mvc.perform(api(token, path).param("period", thisMonth.code()).param("unitLevel", "commune")
                        .param("unit", communes.get(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].numerator").value(numerator(0, 5)));
        mvc.perform(api(token, path).param("period", thisMonth.code()).param("unitLevel", "commune"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].unit").value(communes.get(0)));
        mvc.perform(api(token, path).param("period", thisMonth.code()).param("unitLevel", "commune")
                        .param("unit", communes.get(1)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ngoài phạm vi được đọc"))
                .andExpect(jsonPath("$.detail").value(
                        "Số liệu của đơn vị " + communes.get(1) + " nằm ngoài phạm vi được đọc."));
        mvc.perform(api(token, path).param("period", thisMonth.code()).param("unitLevel", "commune")
                .param("unit", "11")).andExpect(status().isForbidden());
        mvc.perform(api(token, path).param("period", thisMonth.code()).param("unit", "11"))
                .andExpect(status().isForbidden());
        mvc.perform(api(token, path).param("period", thisMonth.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(0)));
    }

    @Test
    void anOfficersSessionReadsWithinTheOfficersScope() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(communes.get(3), null));
        String path = "/api/v1/indicators/" + INDICATOR + "/values";
        mvc.perform(get(path).session(officer).param("period", thisMonth.code()).param("unitLevel", "commune"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].unit").value(communes.get(3)))
                .andExpect(jsonPath("$.rows[0].numerator").value(numerator(3, 5)));
        mvc.perform(get(path).session(officer).param("period", thisMonth.code()).param("unitLevel", "commune")
                .param("unit", communes.get(4))).andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreRefusedWithAReasonInTheCallersLanguage() throws Exception {
        String token = token("11");
        String path = "/api/v1/indicators/" + INDICATOR + "/values";
        mvc.perform(api(token, path))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không trả lời được yêu cầu"))
                .andExpect(jsonPath("$.detail").value(startsWith("Cần nêu kỳ số liệu bằng period=")));
        mvc.perform(api(token, path).param("period", "2026-13").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Request cannot be answered"))
                .andExpect(jsonPath("$.detail").value(startsWith("'2026-13' is not a period")));
        mvc.perform(api(token, path).param("period", "2026-12..2026-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Khoảng 2026-12..2026-01 kết thúc trước khi bắt đầu."));
        mvc.perform(api(token, path).param("period", "2026-01").param("unitLevel", "district"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("'district' không phải là cấp đơn vị")));
        mvc.perform(api(token, path).param("period", "2026-01").param("unitLevel", "commune").param("unit", "3334"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("'3334' không phải là mã đơn vị")));
        mvc.perform(api(token, path).param("period", "2026-01").param("format", "xml").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'xml' is not a format: use json or csv."));
        mvc.perform(api(token, path + ".csv").param("period", "2026-13"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownIndicatorsAndUnitsAreNotFound() throws Exception {
        String token = token("11");
        mvc.perform(api(token, "/api/v1/indicators/NO_SUCH_THING/values").param("period", "2026-01"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("Không có chỉ tiêu nào mang mã 'NO_SUCH_THING'")));
        mvc.perform(api(token, "/api/v1/indicators/NO_SUCH_THING").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(api(token, "/api/v1/indicators/" + INDICATOR + "/values").param("period", "2026-01")
                        .param("unitLevel", "commune").param("unit", "99999").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The province has no unit 99999 of the level commune."));
    }

    @Test
    void noTokenABadTokenAndARevokedTokenAreRefused() throws Exception {
        String path = "/api/v1/indicators/" + INDICATOR + "/values";
        mvc.perform(get(path).param("period", "2026-01"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(api("dancu_ind_not-a-token", path).param("period", "2026-01"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Chưa xác thực"));
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer ").param("period", "2026-01"))
                .andExpect(status().isUnauthorized());
        String token = ApiTokens.generate();
        ApiClient client = clients.save(ApiClient.create("Thu hồi", "11", ApiTokens.digest(token), "test",
                Instant.now()));
        mvc.perform(api(token, path).param("period", "2026-01")).andExpect(status().isOk());
        client.revoke("test", Instant.now());
        clients.save(client);
        mvc.perform(api(token, path).param("period", "2026-01")).andExpect(status().isUnauthorized());
        mvc.perform(api(token, "/api/v1/indicators")).andExpect(status().isUnauthorized());
    }

    @Test
    void eachRequestIsCountedForItsClient() throws Exception {
        String token = ApiTokens.generate();
        ApiClient client = clients.save(ApiClient.create("Đếm", "11", ApiTokens.digest(token), "test", Instant.now()));
        mvc.perform(api(token, "/api/v1/indicators")).andExpect(status().isOk());
        mvc.perform(api(token, "/api/v1/indicators/" + INDICATOR)).andExpect(status().isOk());
        mvc.perform(api(token, "/api/v1/indicators/" + INDICATOR + "/values")).andExpect(status().isBadRequest());
        assertThat(usage.totals()).containsEntry(client.id(), 3L);
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Lò Văn Pọm");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    private static List<String> lines(ResultActions answer) throws Exception {
        String body = new String(answer.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return List.of(body.replace("\uFEFF", "").split("\r\n"));
    }
}
