package org.dancu.steering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.civil.Pin;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.national.NationalFixtures;
import org.dancu.national.NationalIndicators;
import org.dancu.register.RegisterIndicators;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.figures.Recompute;
import org.dancu.steering.internal.Today;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every figure drills to its records: each link of a steering figure leads to a list, paged, whose
 * total is the figure's numerator or denominator, as computed from the same data, never written into
 * the test (the cleansing figures page's links are checked in cleansing).
 */
@SpringBootTest
@AutoConfigureMockMvc
class FigureDrillDownTests {

    private static final String MUONG_THANH = CleansingFixtures.MUONG_THANH;
    private static final Pattern TOTAL = Pattern.compile("<p class=\"count\">([^<]*)</p>");
    /** A record of a sector list, or a person of a register list. */
    private static final Pattern RECORD = Pattern.compile("href=\"/(cleansing/records|register/persons)/([0-9]+)\"");
    /** Pages read of a long list; its total is still compared with the figure. */
    private static final int PAGES_READ = 4;
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\"");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Recompute recompute;
    @Autowired Today today;
    /** The pages the last list read was made of. */
    private final List<String> pagesRead = new ArrayList<>();

    @AfterAll
    static void stopNation() {
        NationalFixtures.stop();
    }

    @Test
    void eachSectorFigureOfTheSteeringPagesLinksToListsWhoseTotalsAreItsNumeratorAndDenominator() throws Exception {
        CleansingFixtures.severalPagesDataset(context);
        recompute.all();
        assertThat(followed(List.of(RegisterIndicators.VALID_PIN, RegisterIndicators.COMPLETE,
                CleansingIndicators.LAND, CleansingIndicators.HOUSING,
                CleansingIndicators.LABOUR, CleansingIndicators.CONSTRUCTION, CleansingIndicators.TAX,
                CleansingIndicators.BANKING, CleansingIndicators.EDUCATION)))
                .as("figures with data followed to their lists").isGreaterThanOrEqualTo(6);
    }

    /** The national-match figure lists its persons in the register: those whose check agreed, and every resident. */
    @Test
    void theNationalMatchFigureLinksToTheRegistersListsOfItsPersons() throws Exception {
        NationalFixtures.reconcileAndResolveOne(context);
        recompute.all();
        assertThat(followed(List.of(NationalIndicators.VERIFIED_NATIONAL)))
                .as("the province's and Mường Thanh's figures followed to their lists").isEqualTo(2);
    }

    /**
     * Follows the figures of the indicators given, of the province on the overview and of Mường Thanh
     * on its page, each seen by its officer; returns how many had data.
     */
    private int followed(List<String> indicators) throws Exception {
        Period month = Period.containing(PeriodType.MONTH, today.date());
        MockHttpSession province = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        MockHttpSession commune = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));

        String overview = page(province, "/steering?period=" + month.code());
        String communePage = page(commune, "/steering/communes/" + MUONG_THANH + "?period=" + month.code());
        int followed = 0;
        for (String indicator : indicators) {
            followed += assertDrills(province, overview, "id=\"indicator-" + indicator + "\"", indicator, month,
                    "PROVINCE", "11");
            followed += assertDrills(commune, communePage, "indicator=" + indicator + "\"", indicator, month,
                    "COMMUNE", MUONG_THANH);
        }
        return followed;
    }

    /** Follows the figure's two links, if it has data, and compares each list with the stored figure. */
    private int assertDrills(MockHttpSession session, String page, String figureMark, String indicator, Period month,
                             String level, String unit) throws Exception {
        List<Map<String, Object>> stored = jdbc.sql("""
                        SELECT numerator, denominator FROM steering.indicator_value
                        WHERE indicator_code = :code AND period_code = :period AND unit_level = :level
                          AND unit_code = :unit AND agency_code = ''""")
                .param("code", indicator).param("period", month.code()).param("level", level).param("unit", unit)
                .query().listOfRows();
        int at = page.indexOf(figureMark);
        assertThat(at).as(indicator + " on the page").isNotNegative();
        if (stored.isEmpty()) {
            return 0;
        }
        int drillAt = page.indexOf("class=\"drill\"", at);
        assertThat(drillAt).as(indicator + " links to its records").isNotNegative();
        String drill = page.substring(drillAt);
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(drill);
        assertThat(links.find()).isTrue();
        String numerator = links.group(1).replace("&amp;", "&");
        assertThat(links.find()).isTrue();
        String denominator = links.group(1).replace("&amp;", "&");
        assertThat(pagedThrough(session, numerator)).as(indicator + " numerator of " + unit)
                .isEqualTo(((Number) stored.get(0).get("numerator")).longValue());
        assertThat(pagedThrough(session, denominator)).as(indicator + " denominator of " + unit)
                .isEqualTo(((Number) stored.get(0).get("denominator")).longValue());
        return 1;
    }

    /**
     * Reads the list page by page (the first pages of a long one); returns its total, after checking
     * that every page but the last is full, the pages read of a whole list hold that many records, and
     * every person shown is in the audit ledger.
     */
    private long pagedThrough(MockHttpSession session, String address) throws Exception {
        String first = page(session, address);
        Matcher total = TOTAL.matcher(first);
        assertThat(total.find()).as("the list's total on " + address).isTrue();
        long announced = Long.parseLong(total.group(1).replaceAll("[^0-9]", ""));
        List<Long> pageSizes = new ArrayList<>();
        pagesRead.clear();
        String content = first;
        while (content != null && pageSizes.size() < PAGES_READ) {
            pagesRead.add(content);
            List<MatchResult> shown = RECORD.matcher(content).results().toList();
            pageSizes.add((long) shown.size());
            shown.stream().filter(row -> row.group(1).startsWith("register")).findFirst()
                    .ifPresent(person -> assertThat(jdbc.sql("""
                                    SELECT count(*) FROM audit.ledger WHERE action = 'register.person.search'
                                      AND detail LIKE :shown""")
                            .param("shown", "%persons %" + person.group(2) + "%").query(Long.class).single())
                            .as("the persons shown are audited").isPositive());
            Matcher next = NEXT.matcher(content);
            content = next.find() ? page(session, next.group(1).replace("&amp;", "&")) : null;
        }
        long pageSize = pageSizes.get(0);
        for (int i = 0; i < pageSizes.size() - 1; i++) {
            assertThat(pageSizes.get(i)).as("a page before the last is full").isEqualTo(pageSize);
        }
        if (content == null) {
            assertThat(pageSizes.stream().mapToLong(Long::longValue).sum()).as("records on the pages of " + address)
                    .isEqualTo(announced);
        } else {
            assertThat(announced).as("a list longer than the pages read").isGreaterThan(pageSize * PAGES_READ);
        }
        return announced;
    }

    /** An agency officer reads the residents behind a register figure only among the agency's persons, IDs masked. */
    @Test
    void anAgencyOfficerListsOnlyTheAgencysResidentsWithTheirIdsMasked() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "F");
        CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(person, person.pin(), MUONG_THANH, "8700000301"));
        MockHttpSession agency = signIn(Role.AGENCY_OFFICER, new Scope("11", "SO_TC"));
        long agencysResidents = jdbc.sql("""
                        SELECT count(DISTINCT p.person_id) FROM register.person p
                        JOIN cleansing.agency_person a ON a.person_id = p.person_id AND a.agency_code = 'SO_TC'
                        WHERE p.alive AND p.resident""").query(Long.class).single();

        assertThat(pagedThrough(agency, "/register/quality?indicator=" + RegisterIndicators.VALID_PIN))
                .isEqualTo(agencysResidents);
        assertThat(String.join("", pagesRead)).contains(Pin.mask(person.pin())).doesNotContain(person.pin());
    }

    /** The dataset page lists every record of the dataset, page by page, instead of stopping at a fixed number. */
    @Test
    void theDatasetPageListsEveryRecordPageByPage() throws Exception {
        long dataset = CleansingFixtures.severalPagesDataset(context);
        MockHttpSession agency = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"));
        long records = jdbc.sql("SELECT count(*) FROM cleansing.record WHERE dataset_id = :id")
                .param("id", dataset).query(Long.class).single();

        assertThat(pagedThrough(agency, "/cleansing/datasets/" + dataset)).isEqualTo(records);
        assertThat(pagedThrough(agency, "/cleansing/datasets/" + dataset + "?criterion=COMPLETE&status=FAIL"))
                .isEqualTo(jdbc.sql("""
                                SELECT count(*) FROM cleansing.record WHERE dataset_id = :id AND complete_status = 'FAIL'""")
                        .param("id", dataset).query(Long.class).single());
        assertThat(pagedThrough(agency, "/cleansing/datasets/" + dataset + "?allFour=true"))
                .isEqualTo(jdbc.sql("""
                                SELECT count(*) FROM cleansing.record WHERE dataset_id = :id AND correct_status = 'OK'
                                  AND complete_status = 'OK' AND clean_status = 'OK' AND live_status = 'OK'""")
                        .param("id", dataset).query(Long.class).single());
        assertThat(page(agency, "/cleansing/datasets/" + dataset)).contains("allFour=true");
    }

    private String page(MockHttpSession session, String address) throws Exception {
        return mvc.perform(get(address).session(session)).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Lường Văn Số");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
