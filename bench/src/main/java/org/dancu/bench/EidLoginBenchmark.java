package org.dancu.bench;

import java.net.URI;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.eidsim.EidSimBrowser;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizen's whole e-ID login round trip against the demo's simulated provider, over real HTTP, each by a
 * new browser (no cookie of an earlier login): the portal's "Log in with VNeID" button, the authorization
 * request with PKCE, the provider's sign-in (ID and password, the one-time code read from its simulated SMS),
 * the callback that redeems the code at the token endpoint and checks the signed ID token, and the signed-in
 * portal page. Distinct persons of the register in turn. Baseline in the same run: the staff form login round
 * trip (login page, password checked with Argon2id, the home page) of the same server.
 */
final class EidLoginBenchmark {

    private static final int PEOPLE = Integer.getInteger("eid.people", 650_000);
    private static final int LOGINS = Integer.getInteger("eid.logins", 300);
    private static final int WARM_UP = 30;
    private static final int RUNS = 3;

    private final ConfigurableApplicationContext context;
    private final String base;
    private final String password;
    private final List<Pin> citizens;
    private int next;

    private EidLoginBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.password = context.getEnvironment().getRequiredProperty("dancu.eid-sim.password");
        this.citizens = context.getBean(JdbcClient.class)
                .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL AND alive ORDER BY person_id LIMIT :n")
                .param("n", LOGINS).query(String.class).list().stream().map(Pin::of).toList();
    }

    static void run() {
        // the simulator on a free port, beside whatever else runs on the machine
        DemoServer.run("eid-login", PEOPLE, List.of("--dancu.eid-sim.port=0"),
                context -> new EidLoginBenchmark(context).measure());
    }

    private void measure() {
        String officer = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Bench Cán Bộ");
        System.out.println("e-ID login benchmark; " + Measure.machine());
        System.out.printf("%,d persons in the register; p50/p95 of %d sequential logins, each by a new browser, after"
                + " %d untimed, medians of %d runs%n%n", PEOPLE, LOGINS, WARM_UP, RUNS);
        System.out.println("| what | p50 ms | p95 ms | p95 of each run |");
        System.out.println("|---|--:|--:|---|");
        row("baseline: staff form login (login page, Argon2id, home page)", () -> staffLogin(officer));
        row("citizen e-ID login (button → simulated VNeID → signed-in portal)", this::citizenLogin);
    }

    private static void row(String what, Runnable login) {
        double[][] runs = Measure.latencyRuns(login, LOGINS, WARM_UP, RUNS);
        System.out.printf("| %s | %.1f | %.1f | %s |%n", what, Measure.medianOf(runs, 0.50), Measure.medianOf(runs, 0.95),
                Measure.eachRun(runs, 0.95));
    }

    private void staffLogin(String officer) {
        try {
            OfficerClient.signIn(base, officer);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void citizenLogin() {
        Pin pin = citizens.get(next++ % citizens.size());
        EidSimBrowser browser = new EidSimBrowser();
        URI authorization = browser.get(browser.get(URI.create(base + "/citizen/login/eid")).next()).next();
        URI portal = browser.get(browser.signIn(authorization, pin, password, 2)).next();
        EidSimBrowser.Page signedIn = browser.get(portal);
        if (signedIn.status() != 200 || !portal.getPath().equals("/citizen")) {
            throw new IllegalStateException("the login did not reach the portal: " + portal + " " + signedIn.status());
        }
    }
}
