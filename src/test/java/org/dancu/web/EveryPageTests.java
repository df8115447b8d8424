package org.dancu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.payments.PaidLineFixtures;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.SteeringFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every page a role can reach, reached as that role: signed in through the login page of a real
 * browser, each role follows every link and every htmx address its pages offer, in Vietnamese and in
 * English. No page may fail, no link a role is shown may be refused to it, no page may show a
 * message placeholder ({@code {0}}) or a missing message key ({@code ??key??}), and a role that sees
 * IDs masked ({@link Role#keepsPopulationData()}) never reads a whole one.
 */
class EveryPageTests extends BrowserTest {

    /** Distinct addresses of one shape (ids replaced) that are followed; more add nothing but time. */
    private static final int PER_SHAPE = 2;
    private static final int MOST_PAGES = 400;
    private static final Pattern LINK = Pattern.compile("(?:href|hx-get)=\"(/[^\"#]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9_.-]+\\?\\?");
    /** Twelve digits standing alone, not cut short (a shortened hash ends with "…"): a personal ID shown whole. */
    private static final Pattern WHOLE_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{12}(?![0-9A-Za-z…])");
    private static final Pattern ID_SEGMENT =
            Pattern.compile("/(\\d+|[0-9a-f]{8}-[0-9a-f-]{27}|\\d{3}-[A-Z]{2}-\\d{4}-\\d{8}-[0-9A-Z])(?=/|$)");
    /** Addresses that leave the signed-in session or the application's own pages. */
    private static final Set<String> NOT_FOLLOWED = Set.of("/logout", "/login", "/swagger-ui.html", "/v3/api-docs",
            "/actuator", "/webjars", "/css", "/js", "/favicon.svg", "/api", "/citizen/logout", "/citizen/login");
    /** The citizen portal's pages, each reached through the portal's menu. */
    private static final List<String> PORTAL = List.of("/citizen", "/citizen/record", "/citizen/dossiers",
            "/citizen/payments", "/citizen/feedback", "/citizen/documents", "/citizen/inbox", "/citizen/access",
            "/citizen/consents");
    /** What a level-1 login is shown in the menu but refused, with the page saying level 2 is needed. */
    private static final List<String> LEVEL_2_ONLY = List.of("/citizen/dossiers", "/citizen/payments");

    @BeforeEach
    void putWorkOnEveryPage() throws IOException {
        RegisterTestData.ensureLoaded(context);
        SteeringFixtures.taskAtRisk(context);
        CleansingFixtures.inReview(context, "M", "8600000002");
        PaidLineFixtures.paidToday(context);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyPageARoleIsShownOpensForItInBothLanguages(Role role) {
        logIn(StaffFixtures.create(context, role, scopeOf(role), "Cán bộ Kiểm Thử"), StaffFixtures.PASSWORD);
        page.waitForURL(url -> !url.endsWith("/login"));

        Map<String, Integer> failures = new LinkedHashMap<>();
        List<String> wording = new ArrayList<>();
        List<Pattern> unwanted = role.keepsPopulationData() ? List.of(PLACEHOLDER, MISSING_MESSAGE)
                : List.of(PLACEHOLDER, MISSING_MESSAGE, WHOLE_ID);
        Map<String, Integer> visited = crawl("/", failures, wording, unwanted);
        page.navigate("/?lang=en");
        for (String address : visited.keySet()) {
            checkText(address, get(address), unwanted, wording);
        }

        assertThat(visited).as("pages reached by %s", role).hasSizeGreaterThan(5);
        assertThat(visited.keySet()).as("%s reaches the pages of its work", role).containsAll(expectedPages(role));
        assertThat(failures).as("pages that failed or refused a link %s was shown", role).isEmpty();
        assertThat(wording).as("placeholders, missing messages or (to a role that sees masked IDs) whole IDs shown to %s",
                role).isEmpty();
    }

    /**
     * A citizen signed in with the e-ID crawls the portal from its home in both languages: every page opens,
     * no staff page is linked, nobody's whole ID but the citizen's own is shown (the portal shows none), and
     * at level 1 only the level-2 pages are refused; the sign-in page with every refusal it can explain and the
     * level-2 explanation open in both languages too.
     */
    @ParameterizedTest
    @EnumSource(EidLevel.class)
    void everyPortalPageOpensForACitizenInBothLanguages(EidLevel level) throws IOException {
        RegisterTestData.ensureLoaded(context);
        Pin citizen = Pin.of(RegisterFixture.aPersonPin(context, 51));
        String pdf = "/citizen/documents/" + context.getBean(Results.class).issue(ResultsFixtures.birthExtract(citizen))
                .code().value() + "/pdf";
        CitizenLogins.logIn(page, context, citizen, level);

        Map<String, Integer> failures = new LinkedHashMap<>();
        List<String> wording = new ArrayList<>();
        List<Pattern> unwanted = List.of(PLACEHOLDER, MISSING_MESSAGE, WHOLE_ID);
        Map<String, Integer> visited = crawl("/citizen", failures, wording, unwanted);
        page.navigate("/citizen?lang=en");
        for (String address : visited.keySet()) {
            checkText(address, get(address), unwanted, wording);
        }
        List<String> loginPages = new ArrayList<>(List.of("/citizen/login", "/citizen/level-2-required"));
        for (String refusal : List.of("forged", "expired", "other-audience", "other-issuer", "invalid-token",
                "invalid-id", "invalid-claims", "code-refused", "not-started", "declined", "unreachable", "other")) {
            loginPages.add("/citizen/login?error=" + refusal);
        }
        for (String language : List.of("vi", "en")) {
            page.navigate("/citizen/login?lang=" + language);
            for (String address : loginPages) {
                APIResponse response = get(address);
                if (response.status() >= 400) {
                    failures.put(address + " (" + language + ")", response.status());
                }
                checkText(address, response, unwanted, wording);
            }
        }

        assertThat(visited.keySet()).as("the portal's pages").containsAll(PORTAL).contains(pdf)
                .allMatch(address -> address.startsWith("/citizen"), "only portal pages");
        assertThat(failures.keySet()).as("pages refused to a citizen at %s", level)
                .containsExactlyInAnyOrderElementsOf(level == EidLevel.LEVEL_2 ? List.of() : LEVEL_2_ONLY);
        assertThat(wording).as("placeholders, missing messages or whole IDs shown to a citizen").isEmpty();
    }

    private static Scope scopeOf(Role role) {
        return switch (role) {
            case COMMUNE_OFFICER, CLERK, DIGITISER, SPOT_CHECKER -> new Scope(CleansingFixtures.MUONG_THANH, null);
            case AGENCY_OFFICER -> new Scope(null, "SO_TC");
            default -> new Scope("11", null);
        };
    }

    /** Pages each role's work needs; the crawl must get there through links, not by typing addresses. */
    private static List<String> expectedPages(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> List.of("/admin/accounts", "/admin/exchange", "/admin/api-clients", "/admin/workdays",
                    "/admin/results/keys", "/admin/services/procedures",
                    "/admin/sim/sms", "/audit", "/register", "/steering");
            case PROVINCE_OFFICER -> List.of("/register", "/register/corrections", "/cleansing", "/cleansing/review", "/steering",
                    "/steering/tasks", "/national", "/results", "/services/queue", "/payments/cycles",
                    "/payments/exceptions", "/payments/cash", "/payments/accounts/review");
            case COMMUNE_OFFICER -> List.of("/register", "/register/corrections", "/cleansing/review", "/steering",
                    "/results", "/services/counter", "/services/queue", "/payments/exceptions", "/payments/cash",
                    "/payments/accounts/review");
            case AGENCY_OFFICER -> List.of("/cleansing", "/cleansing/review", "/steering", "/results", "/services/queue",
                    "/payments/cycles", "/payments/exceptions");
            case AUDITOR -> List.of("/audit");
            case CLERK, DIGITISER, SPOT_CHECKER -> List.of("/results/digitising", "/register");
        };
    }

    /** Breadth-first from a home page; returns each address followed with its status. */
    private Map<String, Integer> crawl(String start, Map<String, Integer> failures, List<String> wording,
                                       List<Pattern> unwanted) {
        Map<String, Integer> visited = new LinkedHashMap<>();
        Map<String, Integer> perShape = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && visited.size() < MOST_PAGES) {
            String address = queue.poll();
            if (visited.containsKey(address) || perShape.merge(shapeOf(address), 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            APIResponse response = get(address);
            visited.put(address, response.status());
            if (response.status() >= 400) {
                failures.put(address, response.status());
                continue;
            }
            if (isHtml(response)) {
                String html = response.text();
                checkText(address, response, unwanted, wording);
                Matcher links = LINK.matcher(html);
                while (links.find()) {
                    String link = links.group(1).replace("&amp;", "&");
                    if (followed(link)) {
                        queue.add(link);
                    }
                }
            }
        }
        return visited;
    }

    private APIResponse get(String address) {
        return browser.request().get(address);
    }

    private static void checkText(String address, APIResponse response, List<Pattern> unwanted, List<String> wording) {
        if (!isHtml(response)) {
            return;
        }
        String text = textOf(response.text());
        for (Pattern pattern : unwanted) {
            Matcher found = pattern.matcher(text);
            if (found.find()) {
                wording.add(address + ": " + found.group() + " in \"" + text.substring(Math.max(0, found.start() - 60),
                        Math.min(text.length(), found.end() + 20)).replaceAll("\\s+", " ") + "\"");
            }
        }
    }

    /** What a person reads: the page without scripts, styles and tags (attributes hold input patterns such as \\d{12}). */
    private static String textOf(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("(?s)<[^>]*>", " ");
    }

    private static boolean isHtml(APIResponse response) {
        String type = response.headers().getOrDefault("content-type", "");
        return type.startsWith("text/html");
    }

    private static boolean followed(String link) {
        String path = URI.create(link.replace(" ", "%20")).getPath();
        return NOT_FOLLOWED.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                && !link.contains("lang=");
    }

    /** The address with ids and query values replaced, so a list of 50 persons counts as one page. */
    private static String shapeOf(String address) {
        URI uri = URI.create(address.replace(" ", "%20"));
        String path = ID_SEGMENT.matcher(uri.getPath()).replaceAll("/{}");
        String query = uri.getQuery() == null ? "" : "?" + uri.getQuery().replaceAll("=[^&]*", "=");
        return path + query;
    }
}
