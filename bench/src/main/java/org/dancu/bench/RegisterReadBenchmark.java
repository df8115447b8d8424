package org.dancu.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.dancu.DancuApplication;
import org.dancu.civil.VietnameseText;
import org.dancu.locality.Localities;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonSearch;
import org.dancu.register.RegisterLoader;
import org.dancu.register.SearchPage;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.security.StaffFixtures;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;

/**
 * The register's reads at 1,000,000 persons (system property {@code register.persons}) with 20
 * concurrent officers of the province: ID lookup and name + birth-year search through the
 * register's {@link PersonSearch} (what the pages call: validation, scope join, mapping and the
 * result list's ledger entry), the short common names without a year ("lo thi", "thi", "nguyen van":
 * ranked, counted, audited), and the person page over real HTTP with a signed-in session (its
 * reads are written to the audit ledger before the page leaves). After the JIT compilers settle,
 * the officers work twice: with a think time between requests, as people at work do, and back to
 * back, a stress test. The peer of the stress test, in the same run, is the bare SQL of each read
 * through plain JDBC with the same 20 threads: no HTTP, no session, no scope join, no page, no
 * audit. The ratio is what the application adds.
 */
final class RegisterReadBenchmark {

    private static final int PEOPLE = Integer.getInteger("register.persons", 1_000_000);
    private static final String ORIGIN = "bench";
    private static final int USERS = 20;
    private static final int RUNS = 3;
    private static final int MAX_WARM_UP_ROUNDS = 30;
    private static final int THINK_MILLIS = 250;
    /** Short names that match a large share of Điện Biên's people, searched without a birth year. */
    private static final List<String> COMMON_NAMES = List.of("lo thi", "thi", "nguyen van");

    private final String base;
    private final DataSource dataSource;
    private final List<Sample> samples;

    private final PersonSearch search;
    private final MeterRegistry meters;
    /** Each think-time run's own figures and what else happened while it ran, printed after the table. */
    private final List<String> everyRun = new ArrayList<>();

    private RegisterReadBenchmark(String base, ConfigurableApplicationContext context, List<Sample> samples) {
        this.base = base;
        this.dataSource = context.getBean(DataSource.class);
        this.search = context.getBean(PersonSearch.class);
        this.meters = context.getBean(MeterRegistry.class);
        this.samples = samples;
    }

    record Sample(long personId, String pin, String fullName, int birthYear) {
    }

    /** How the officers work: with a think time between their requests, or back to back. */
    private enum Load {
        THINKING(100), BACK_TO_BACK(250);

        final int requests;

        Load(int requestsPerUser) {
            this.requests = requestsPerUser;
        }
    }

    private interface Read {
        void run(int user, Sample sample) throws Exception;
    }

    static void run() {
        Path generated = null;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false", "server.port=0")
                .run()) {
            generated = Files.createTempDirectory("dancu-register-bench");
            long began = System.nanoTime();
            SyntheticPopulation.generate(ProvinceLayout.of(context.getBean(Localities.class), "11"), PEOPLE, 1,
                    generated, written -> { });
            context.getBean(RegisterLoader.class).load(generated);
            DataSource dataSource = context.getBean(DataSource.class);
            analyze(context.getEnvironment());
            System.out.printf("register read benchmark; %s%n%,d persons generated and loaded in %.1f s%n",
                    Measure.machine(), PEOPLE, (System.nanoTime() - began) / 1e9);
            String user = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Bench");
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            new RegisterReadBenchmark(base, context, samples(dataSource)).measure(user);
        } catch (Exception e) {
            throw new IllegalStateException("register read benchmark failed", e);
        } finally {
            if (generated != null) {
                FileSystemUtils.deleteRecursively(generated.toFile());
            }
        }
    }

    private void measure(String username) throws Exception {
        OfficerClient[] officers = new OfficerClient[USERS];
        for (int u = 0; u < USERS; u++) {
            officers[u] = OfficerClient.signIn(base, username);
        }
        explainNameSearch(samples.get(0));
        Read idLookup = (u, s) -> found(search.search(PersonCriteria.byPin(s.pin()), ORIGIN), s);
        Read nameSearch = (u, s) -> found(search.search(PersonCriteria.byName(s.fullName(), s.birthYear()), ORIGIN), s);
        Read personPage = (u, s) -> page(officers[u], "/register/persons/" + s.personId(), s.fullName());
        Measure.warmUp(MAX_WARM_UP_ROUNDS, round -> String.format("p99 ID %.1f, name %.1f, page %.1f ms",
                Measure.quantile(run(idLookup, Load.BACK_TO_BACK), 0.99),
                Measure.quantile(run(nameSearch, Load.BACK_TO_BACK), 0.99),
                Measure.quantile(run(personPage, Load.BACK_TO_BACK), 0.99)));
        System.out.printf("%n%d officers, each reading with a think time (exponential, mean %d ms), "
                + "%d requests each a run, median of %d runs (ms)%n%n", USERS, THINK_MILLIS, Load.THINKING.requests,
                RUNS);
        System.out.println("| read | app p50 | app p95 | app p99 |");
        System.out.println("|---|--:|--:|--:|");
        thinking("ID lookup (PersonSearch)", idLookup);
        thinking("name + birth year search (PersonSearch)", nameSearch);
        thinking("person page (audited)", personPage);
        for (String name : COMMON_NAMES) {
            thinking("name \"" + name + "\" without a year, ranked and counted (PersonSearch)", commonName(name));
        }
        System.out.printf("%nEvery think-time run, and what else happened while it ran:%n%n");
        everyRun.forEach(line -> System.out.println("- " + line));
        System.out.printf("%n%d officers back to back (no think time: a stress far beyond %d people at work), "
                + "%d requests each a run, median of %d runs (ms)%n%n", USERS, USERS, Load.BACK_TO_BACK.requests, RUNS);
        System.out.println("| read | app p50 | app p99 | peer p50 | peer p99 | p99 ratio |");
        System.out.println("|---|--:|--:|--:|--:|--:|");
        compare("ID lookup (PersonSearch)", idLookup,
                (u, s) -> sql("SELECT person_id, pin, full_name FROM register.person WHERE pin = ?", s.pin()));
        compare("name + birth year search (PersonSearch)", nameSearch, (u, s) -> sql(nameSearch(s), namePattern(s)));
        compare("person page (audited)", personPage,
                (u, s) -> sql("SELECT * FROM register.person WHERE person_id = " + s.personId(), null));
        System.out.printf("%nThe same %d officers back to back on the common names alone (no peer: the ranked"
                + " search is one statement per page and one per count) (ms)%n%n", USERS);
        System.out.println("| read | app p50 | app p95 | app p99 |");
        System.out.println("|---|--:|--:|--:|");
        for (String name : COMMON_NAMES) {
            double[][] runs = new double[RUNS][];
            for (int r = 0; r < RUNS; r++) {
                runs[r] = run(commonName(name), Load.BACK_TO_BACK);
            }
            System.out.printf("| name \"%s\" | %.1f | %.1f | %.1f |%n", name, Measure.medianOf(runs, 0.5),
                    Measure.medianOf(runs, 0.95), Measure.medianOf(runs, 0.99));
        }
    }

    /** A name search without a birth year that must find someone: the short, common names officers type. */
    private Read commonName(String name) {
        return (u, s) -> {
            SearchPage page = search.search(PersonCriteria.byName(name, null), ORIGIN);
            if (page.rows().isEmpty()) {
                throw new IllegalStateException("nobody found for " + name);
            }
        };
    }

    /** The bare name + birth-year search: the condition PersonSearch writes, without the scope. */
    private static String nameSearch(Sample sample) {
        return "SELECT person_id, pin, full_name FROM register.person WHERE birth_year = " + sample.birthYear()
                + " AND person_id IN (SELECT person_id FROM register.person_name_word WHERE words LIKE ? AND birth_year = "
                + sample.birthYear() + ") ORDER BY name_key, birth_year, person_id LIMIT 51";
    }

    private static String namePattern(Sample sample) {
        return VietnameseText.asciiKey(sample.fullName()) + "%";
    }

    /** The plan of one name + birth-year search, so a run shows whether the word-start index serves it. */
    private void explainNameSearch(Sample sample) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) "
                     + nameSearch(sample))) {
            statement.setString(1, namePattern(sample));
            try (ResultSet plan = statement.executeQuery()) {
                while (plan.next()) {
                    System.out.println("    " + plan.getString(1));
                }
            }
        }
        System.out.println();
    }

    private void thinking(String label, Read app) {
        double[][] appRuns = new double[RUNS][];
        for (int r = 0; r < RUNS; r++) {
            try (TailWitness witness = new TailWitness(dataSource, meters)) {
                appRuns[r] = run(app, Load.THINKING);
                everyRun.add(String.format("%s, run %d: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms; %s", label, r + 1,
                        Measure.quantile(appRuns[r], 0.5), Measure.quantile(appRuns[r], 0.95),
                        Measure.quantile(appRuns[r], 0.99), appRuns[r][appRuns[r].length - 1], witness.summary()));
            }
        }
        System.out.printf("| %s | %.1f | %.1f | %.1f |%n", label, Measure.medianOf(appRuns, 0.5), Measure.medianOf(appRuns, 0.95),
                Measure.medianOf(appRuns, 0.99));
    }

    private void compare(String label, Read app, Read peer) {
        run(peer, Load.BACK_TO_BACK);
        double[][] appRuns = new double[RUNS][];
        double[][] peerRuns = new double[RUNS][];
        for (int r = 0; r < RUNS; r++) {
            appRuns[r] = run(app, Load.BACK_TO_BACK);
            peerRuns[r] = run(peer, Load.BACK_TO_BACK);
        }
        double appP99 = Measure.medianOf(appRuns, 0.99);
        double peerP99 = Measure.medianOf(peerRuns, 0.99);
        System.out.printf("| %s | %.1f | %.1f | %.2f | %.2f | %.0f |%n", label, Measure.medianOf(appRuns, 0.5), appP99,
                Measure.medianOf(peerRuns, 0.5), peerP99, appP99 / peerP99);
    }

    /** Every user works through its own slice of the samples; returns all latencies in ms, sorted. */
    private double[] run(Read read, Load load) {
        return Measure.concurrentLatencies(USERS, load.requests, load == Load.THINKING ? THINK_MILLIS : 0,
                (user, i) -> {
                    signInThread();
                    read.run(user, samples.get((int) ((user * 7919L + i * 104729L + System.nanoTime())
                            % samples.size())));
                });
    }

    /** The province officer the in-process reads run as, one security context per worker thread. */
    private static void signInThread() {
        StaffPrincipal officer = new StaffPrincipal(0, "bench", "Bench", Role.PROVINCE_OFFICER,
                new Scope("11", null), false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                officer, null, AuthorityUtils.createAuthorityList(Role.PROVINCE_OFFICER.authority())));
    }

    private static void found(SearchPage page, Sample sample) {
        if (page.rows().stream().noneMatch(row -> row.fullName().equals(sample.fullName()))) {
            throw new IllegalStateException("the search missed a sampled person");
        }
    }

    /** A page that is not 200 or does not show the person is a failed run, not a fast one. */
    private static void page(OfficerClient officer, String path, String expected) throws Exception {
        HttpResponse<String> response = officer.get(path);
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " without the person");
        }
    }

    private void sql(String query, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("peer query found nothing: " + query);
                }
            }
        }
    }

    /** 5,000 persons spread over the register, each searched, looked up and opened by the users. */
    static List<Sample> samples(DataSource dataSource) throws IOException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT person_id, pin, full_name, birth_year FROM register.person
                     WHERE pin IS NOT NULL AND person_id % 200 = 7 LIMIT 5000""")) {
            List<Sample> samples = new ArrayList<>();
            while (rows.next()) {
                samples.add(new Sample(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
            }
            return samples;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fresh statistics, as autovacuum would give a loaded register in production. */
    private static void analyze(Environment environment) {
        try (Connection owner = DatabaseOwner.connect(environment);
             Statement statement = owner.createStatement()) {
            statement.execute("VACUUM ANALYZE register.person");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
