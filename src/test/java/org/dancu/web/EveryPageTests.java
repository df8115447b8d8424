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

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.RegisterTestData;
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
    private static final Pattern ID_SEGMENT = Pattern.compile("/(\\d+|[0-9a-f]{8}-[0-9a-f-]{27})(?=/|$)");
    /** Addresses that leave the signed-in session or the application's own pages. */
    private static final Set<String> NOT_FOLLOWED = Set.of("/logout", "/login", "/swagger-ui.html", "/v3/api-docs",
            "/actuator", "/webjars", "/css", "/js", "/favicon.svg", "/api");

    @BeforeEach
    void putWorkOnEveryPage() throws IOException {
        RegisterTestData.ensureLoaded(context);
        SteeringFixtures.taskAtRisk(context);
        CleansingFixtures.inReview(context, "M", "8600000002");
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
        Map<String, Integer> visited = crawl(failures, wording, unwanted);
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

    private static Scope scopeOf(Role role) {
        return switch (role) {
            case COMMUNE_OFFICER -> new Scope(CleansingFixtures.MUONG_THANH, null);
            case AGENCY_OFFICER -> new Scope(null, "SO_TC");
            default -> new Scope("11", null);
        };
    }

    /** Pages each role's work needs; the crawl must get there through links, not by typing addresses. */
    private static List<String> expectedPages(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> List.of("/admin/accounts", "/admin/exchange", "/admin/api-clients", "/admin/workdays",
                    "/admin/sim/sms", "/audit", "/register", "/steering");
            case PROVINCE_OFFICER -> List.of("/register", "/register/corrections", "/cleansing", "/cleansing/review", "/steering",
                    "/steering/tasks", "/national");
            case COMMUNE_OFFICER -> List.of("/register", "/register/corrections", "/cleansing/review", "/steering");
            case AGENCY_OFFICER -> List.of("/cleansing", "/cleansing/review", "/steering");
            case AUDITOR -> List.of("/audit");
        };
    }

    /** Breadth-first from the home page; returns each address followed with its status. */
    private Map<String, Integer> crawl(Map<String, Integer> failures, List<String> wording, List<Pattern> unwanted) {
        Map<String, Integer> visited = new LinkedHashMap<>();
        Map<String, Integer> perShape = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
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
