package org.dancu.payments.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.payments.LineStatus;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentsBooked;
import org.dancu.payments.PaymentsIndicators;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.PaidLineFixtures;
import org.dancu.payments.PaidLineFixtures.Planned;
import org.dancu.register.Officers;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The non-cash indicators count the paid lines: those credited to an account or wallet over those paid
 * in either way, by commune and paying agency, dated by the day paid; each figure drills to its lines
 * within the officer's scope; a booking moves the figures without anyone pressing "recompute".
 */
@SpringBootTest
@AutoConfigureMockMvc
class NonCashFiguresTests {

    private static final Pattern TOTAL = Pattern.compile("<p class=\"count\">([^<]*)</p>");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired NonCashIndicatorSource source;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    /** Two current communes of the test register with residents recorded under their code, the first the most populous. */
    private String communeA;
    private String communeB;

    @BeforeEach
    void register() throws Exception {
        RegisterTestData.ensureLoaded(context);
        List<String> communes = jdbc.sql("""
                        SELECT commune_code FROM register.person WHERE alive AND resident
                          AND commune_code = current_commune_code GROUP BY commune_code
                        ORDER BY count(*) DESC, commune_code LIMIT 2""").query(String.class).list();
        communeA = communes.get(0);
        communeB = communes.get(1);
    }

    /** Every kind of line: credited, paid in cash (one after a return), returned, held, pending. */
    private List<Planned> everyKind() {
        return List.of(
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.BANK_ACCOUNT, LineStatus.PAID),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.BANK_ACCOUNT, LineStatus.PAID),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.E_WALLET, LineStatus.PAID),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.POST_CASH, LineStatus.PAID_CASH),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.POST_HOME, LineStatus.PAID_CASH),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.BANK_ACCOUNT, LineStatus.PAID_CASH),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.BANK_ACCOUNT, LineStatus.RETURNED),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.BANK_ACCOUNT, LineStatus.HELD),
                new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.POST_CASH, LineStatus.CASH_DUE),
                new Planned(ProgrammeFamily.SOCIAL, communeB, PayChannel.E_WALLET, LineStatus.PAID),
                new Planned(ProgrammeFamily.TUITION, communeA, PayChannel.BANK_ACCOUNT, LineStatus.PAID),
                new Planned(ProgrammeFamily.TUITION, communeA, PayChannel.POST_CASH, LineStatus.PAID_CASH));
    }

    /** The planned lines of a family and commune: [credited to an account or wallet, paid]. */
    private static long[] expected(List<Planned> lines, ProgrammeFamily family, String commune) {
        long[] counts = new long[2];
        lines.stream().filter(l -> l.family() == family && l.commune().equals(commune)).forEach(l -> {
            counts[0] += l.status() == LineStatus.PAID && l.channel().nonCash() ? 1 : 0;
            counts[1] += l.status().paid() ? 1 : 0;
        });
        return counts;
    }

    @Test
    void countsTheLinesCreditedToAnAccountOrWalletOfThosePaidByCommuneAgencyAndPeriod() {
        LocalDate paidOn = LocalDate.now(ProvinceTime.VIETNAM).minusMonths(14).withDayOfMonth(10);
        List<Planned> lines = everyKind();
        PaidLineFixtures.write(jdbc, paidOn, lines);
        Period month = Period.containing(PeriodType.MONTH, paidOn);
        Period nextMonth = month.next();

        for (ProgrammeFamily family : ProgrammeFamily.values()) {
            String indicator = family == ProgrammeFamily.SOCIAL ? PaymentsIndicators.SOCIAL_NONCASH
                    : PaymentsIndicators.TUITION_NONCASH;
            List<IndicatorCount> counts = source.count(indicator, List.of(month, nextMonth), Set.of(communeA, communeB));
            for (String commune : List.of(communeA, communeB)) {
                long[] wanted = expected(lines, family, commune);
                List<IndicatorCount> ofCommune = counts.stream()
                        .filter(c -> c.period().equals(month) && c.communeCode().equals(commune)).toList();
                if (wanted[1] == 0) {
                    assertThat(ofCommune).as(indicator + " in " + commune).isEmpty();
                    continue;
                }
                assertThat(ofCommune).as(indicator + " in " + commune).singleElement().satisfies(count -> {
                    assertThat(count.agencyCode()).isEqualTo(PaidLineFixtures.PAYERS.get(family));
                    assertThat(new long[] {count.numerator(), count.denominator()}).isEqualTo(wanted);
                });
            }
            assertThat(counts).as("nothing was paid in the month after").noneMatch(c -> c.period().equals(nextMonth));
        }
        assertThat(source.measures(month, LocalDate.now(ProvinceTime.VIETNAM))).as("paid lines are dated: a past period is counted again")
                .isTrue();
        assertThat(source.measures(Period.containing(PeriodType.MONTH, LocalDate.now(ProvinceTime.VIETNAM)).next(), LocalDate.now(ProvinceTime.VIETNAM))).isFalse();
    }

    @Test
    void eachFigureListsItsLinesWithinTheOfficersScopeAuditedAndRefusesBadAddresses() throws Exception {
        LocalDate paidOn = LocalDate.now(ProvinceTime.VIETNAM).minusMonths(15).withDayOfMonth(3);
        List<Planned> lines = new ArrayList<>(everyKind());
        // more credited lines than a page holds, so the list is read page by page
        for (int i = 0; i < PaidLinesQuery.PAGE; i++) {
            lines.add(new Planned(ProgrammeFamily.SOCIAL, communeA, PayChannel.BANK_ACCOUNT, LineStatus.PAID));
        }
        List<Long> ids = PaidLineFixtures.write(jdbc, paidOn, lines);
        Period month = Period.containing(PeriodType.MONTH, paidOn);
        long[] wanted = expected(lines, ProgrammeFamily.SOCIAL, communeA);
        String numerator = new PaidLineList(PaymentsIndicators.SOCIAL_NONCASH, month, communeA, null, true).address();
        String denominator = new PaidLineList(PaymentsIndicators.SOCIAL_NONCASH, month, communeA, null, false).address();

        MockHttpSession province = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        String credited = page(province, numerator);
        assertThat(total(credited)).isEqualTo(wanted[0]);
        Matcher next = Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\"").matcher(credited);
        assertThat(next.find()).as("a next page").isTrue();
        String second = page(province, next.group(1).replace("&amp;", "&"));
        assertThat(rows(credited) + rows(second)).as("the two pages hold every line").isEqualTo(wanted[0]);
        assertThat(second).contains("Trang đầu");
        assertThat(total(page(province, denominator))).isEqualTo(wanted[1]);
        assertThat(credited).contains("Đã chuyển vào tài khoản").doesNotContain("PAID");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = :action AND detail LIKE :shown")
                .param("action", PaidLineListing.ACTION).param("shown", "%lines %" + ids.get(0) + "%")
                .query(Long.class).single()).as("the lines shown are audited").isPositive();

        MockHttpSession otherCommune = signIn(Role.COMMUNE_OFFICER, new Scope(communeB, null));
        assertThat(total(page(otherCommune, denominator))).as("another commune's officer sees none of them").isZero();

        MockHttpSession health = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_YT"));
        String seenByTheAgency = page(health, denominator);
        assertThat(total(seenByTheAgency)).as("the paying agency sees its programme's lines").isEqualTo(wanted[1]);
        String pin = jdbc.sql("SELECT pin FROM payments.line WHERE id = :id").param("id", ids.get(0))
                .query(String.class).single();
        assertThat(seenByTheAgency).contains(Pin.mask(pin)).doesNotContain(pin);
        MockHttpSession education = signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT"));
        assertThat(total(page(education, denominator))).as("another agency sees none of them").isZero();

        MockHttpSession clerk = signIn(Role.CLERK, new Scope(communeB, null));
        assertThat(total(page(clerk, numerator))).as("a clerk of another commune sees none of them").isZero();
        assertThat(mvc.perform(get(numerator)).andReturn().getResponse().getRedirectedUrl())
                .as("nobody signed in reads them").endsWith("/login");
        assertThat(status(province, numerator.replace(month.code(), "2026-13"))).isEqualTo(400);
        assertThat(status(province, numerator.replace(communeA, "3334"))).isEqualTo(400);
        assertThat(status(province, numerator + "&agency=NOBODY")).isEqualTo(400);
        assertThat(status(province, numerator.replace(PaymentsIndicators.SOCIAL_NONCASH, "REG_VALID_PIN")))
                .isEqualTo(404);
    }

    /**
     * A booking in a commune is in its figure, and the steering pages link that figure to lists whose totals
     * are the stored numerator and denominator, without anyone pressing "recompute".
     */
    @Test
    void aBookingMovesTheFigureWhichLinksToItsLines() throws Exception {
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now(ProvinceTime.VIETNAM));
        List<Planned> lines = new ArrayList<>(everyKind());
        transactions.executeWithoutResult(status -> {
            PaidLineFixtures.write(jdbc, LocalDate.now(ProvinceTime.VIETNAM), lines);
            events.publishEvent(new PaymentsBooked(-1, lines.size(), Set.of(communeA, communeB)));
        });
        // the commune's figure holds its lines under its own code and under the former communes merged into it,
        // which earlier tests may have paid this month too
        Set<String> codes = Set.copyOf(jdbc.sql("SELECT commune_code FROM locality.scope_commune WHERE scope_code = :c")
                .param("c", communeA).query(String.class).list());
        long[] counted = source.count(PaymentsIndicators.SOCIAL_NONCASH, List.of(month), codes).stream()
                .map(c -> new long[] {c.numerator(), c.denominator()})
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(stored(month, communeA))
                .as("the booked commune's figure").isEqualTo(counted));

        MockHttpSession commune = signIn(Role.COMMUNE_OFFICER, new Scope(communeA, null));
        String communePage = page(commune, "/steering/communes/" + communeA + "?period=" + month.code());
        int at = communePage.indexOf("indicator=" + PaymentsIndicators.SOCIAL_NONCASH + "\"");
        assertThat(at).as("the indicator on the commune's page").isNotNegative();
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(communePage.substring(
                communePage.indexOf("class=\"drill\"", at)));
        assertThat(links.find()).isTrue();
        assertThat(total(page(commune, links.group(1).replace("&amp;", "&")))).isEqualTo(counted[0]);
        assertThat(links.find()).isTrue();
        assertThat(total(page(commune, links.group(1).replace("&amp;", "&")))).isEqualTo(counted[1]);
    }

    /** The stored figure of a current commune, all agencies: [numerator, denominator]. */
    private long[] stored(Period period, String commune) {
        return jdbc.sql("""
                        SELECT numerator, denominator FROM steering.indicator_value
                        WHERE indicator_code = :code AND period_code = :period AND unit_level = 'COMMUNE'
                          AND unit_code = :unit AND agency_code = ''""")
                .param("code", PaymentsIndicators.SOCIAL_NONCASH).param("period", period.code()).param("unit", commune)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().orElse(new long[2]);
    }

    private static int rows(String page) {
        return (int) Pattern.compile("<td class=\"code\">T[0-9a-f]{30}</td>").matcher(page).results().count();
    }

    private static long total(String page) {
        Matcher total = TOTAL.matcher(page);
        assertThat(total.find()).as("the list's total").isTrue();
        return Long.parseLong(total.group(1).replaceAll("[^0-9]", ""));
    }

    private String page(MockHttpSession session, String address) throws Exception {
        MvcResult result = mvc.perform(get(address).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(address).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(MockHttpSession session, String address) throws Exception {
        return mvc.perform(get(address).session(session)).andReturn().getResponse().getStatus();
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        return Officers.logIn(mvc, context, role, scope, "Lò Văn Chi");
    }
}
