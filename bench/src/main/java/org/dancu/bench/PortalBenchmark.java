package org.dancu.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.dancu.civil.Pin;
import org.dancu.eidsim.EidSimBrowser;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;

/**
 * The citizen portal's pages with 650,000 persons in the register (system property {@code portal.persons}),
 * generated and loaded by the demo's first start (the register's loader, as the register benchmark loads them),
 * with the e-ID simulator the demo runs. {@value #CITIZENS} citizens sign in through the real e-ID flow
 * against the simulator over HTTP, then {@value #USERS} of them at a time read, with a think time, "my record"
 * (the register's read by ID and its ledger entry) and "who used my data" (the ledger's entries about the ID,
 * the view's own entry first). The baseline, in the same run, is the staff person page of the same persons
 * read by a province officer over HTTP with a session (also audited): what the portal adds or saves against
 * a page the province already runs. Median of {@value #RUNS} runs.
 */
final class PortalBenchmark {

    private static final int PEOPLE = Integer.getInteger("portal.persons", 650_000);
    private static final int CITIZENS = Integer.getInteger("portal.citizens", 200);
    private static final int USERS = 20;
    private static final int REQUESTS = Integer.getInteger("portal.requests", 100);
    private static final int RUNS = 3;
    private static final int THINK_MILLIS = 250;
    private static final int MAX_WARM_UP_ROUNDS = Integer.getInteger("portal.warmups", 20);

    /** A person of the register: the citizen's browser once signed in, and their register id for the staff page. */
    private record Person(long personId, Pin pin, String fullName, EidSimBrowser browser) {
    }

    private interface Read {
        void run(int user, Person person) throws Exception;
    }

    private final String base;
    private final List<Person> people;

    private PortalBenchmark(String base, List<Person> people) {
        this.base = base;
        this.people = people;
    }

    static void run() {
        DemoServer.run("portal", PEOPLE, context -> {
            try {
                String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
                String password = context.getEnvironment().getRequiredProperty("dancu.eid-sim.password");
                long began = System.nanoTime();
                List<Person> people = new ArrayList<>();
                for (Person person : sample(context.getBean(DataSource.class))) {
                    people.add(new Person(person.personId(), person.pin(), person.fullName(),
                            signIn(base, person.pin(), password)));
                }
                System.out.printf("citizen portal benchmark; %s; %,d persons in the register%n"
                        + "%d citizens signed in through the e-ID simulator in %.1f s%n", Measure.machine(), PEOPLE,
                        people.size(), (System.nanoTime() - began) / 1e9);
                String officer = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Bench");
                new PortalBenchmark(base, people).measure(officer);
            } catch (Exception e) {
                throw new IllegalStateException("portal benchmark failed", e);
            }
        });
    }

    /** The real flow at level 1: the portal's button, the simulator's sign-in and code, the callback. */
    private static EidSimBrowser signIn(String base, Pin pin, String password) {
        EidSimBrowser browser = new EidSimBrowser();
        URI authorization = browser.get(browser.get(URI.create(base + "/citizen/login/eid")).next()).next();
        EidSimBrowser.Page landed = browser.get(browser.signIn(authorization, pin, password, 1));
        if (!landed.next().getPath().equals("/citizen")) {
            throw new IllegalStateException("a login did not land on the portal");
        }
        return browser;
    }

    private void measure(String officer) throws Exception {
        OfficerClient[] officers = new OfficerClient[USERS];
        for (int u = 0; u < USERS; u++) {
            officers[u] = OfficerClient.signIn(base, officer);
        }
        Read record = (u, p) -> portal(p, "/citizen/record");
        Read access = (u, p) -> portal(p, "/citizen/access");
        Read staffPage = (u, p) -> {
            var response = officers[u].get("/register/persons/" + p.personId());
            if (response.statusCode() != 200 || !response.body().contains(p.fullName())) {
                throw new IllegalStateException("the staff person page answered " + response.statusCode());
            }
        };
        Measure.warmUp(MAX_WARM_UP_ROUNDS, round -> String.format("p95 record %.1f, access %.1f, staff page %.1f ms",
                Measure.quantile(run(record, 0), 0.95), Measure.quantile(run(access, 0), 0.95),
                Measure.quantile(run(staffPage, 0), 0.95)));
        System.out.printf("%n%d citizens at a time, each reading with a think time (exponential, mean %d ms), "
                + "%d requests each a run, median of %d runs (ms)%n%n", USERS, THINK_MILLIS, REQUESTS, RUNS);
        System.out.println("| page | p50 | p95 | p99 | p95 of each run |");
        System.out.println("|---|--:|--:|--:|---|");
        report("my record `/citizen/record` (register read by ID, audited)", record);
        report("who used my data `/citizen/access` (the ledger by ID, audited)", access);
        report("baseline: staff person page `/register/persons/{id}` (audited)", staffPage);
    }

    private void report(String label, Read read) {
        double[][] runs = new double[RUNS][];
        for (int r = 0; r < RUNS; r++) {
            runs[r] = run(read, THINK_MILLIS);
        }
        System.out.printf("| %s | %.1f | %.1f | %.1f | %s |%n", label, Measure.medianOf(runs, 0.5),
                Measure.medianOf(runs, 0.95), Measure.medianOf(runs, 0.99), Measure.eachRun(runs, 0.95));
    }

    /** A page that is not 200 or does not show the person's name is a failed run, not a fast one. */
    private void portal(Person person, String path) {
        EidSimBrowser.Page page = person.browser().get(URI.create(base + path));
        if (page.status() != 200 || !page.body().contains(path.endsWith("record") ? person.fullName() : "<li")) {
            throw new IllegalStateException(path + " answered " + page.status() + " without the citizen's data");
        }
    }

    /** {@value #USERS} users at once, each through its own share of the citizens; all latencies in ms, sorted. */
    private double[] run(Read read, int thinkMillis) {
        return Measure.concurrentLatencies(USERS, REQUESTS, thinkMillis,
                (user, i) -> read.run(user, people.get((user + i * USERS) % people.size())));
    }

    /** Living persons with an ID spread over the register: the citizens who sign in. */
    private static List<Person> sample(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT person_id, pin, full_name FROM register.person"
                     + " WHERE pin IS NOT NULL AND alive AND person_id % 97 = 3 ORDER BY person_id LIMIT " + CITIZENS)) {
            List<Person> people = new ArrayList<>();
            while (rows.next()) {
                people.add(new Person(rows.getLong(1), Pin.of(rows.getString(2)), rows.getString(3), null));
            }
            return people;
        }
    }
}
