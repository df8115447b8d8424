package org.dancu.bench;

import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.results.NewResult;
import org.dancu.results.Provenance;
import org.dancu.results.ResultField;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.results.seal.ResultSeal;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Results issued and signed per second through {@code Results.issue} (the holders checked against the
 * register, numbering, the canonical record, its hash, the seal's signature and status entry, the
 * rows, the event and the ledger entry, each result committed), against its peer in the same run:
 * the seal's signature alone over the same canonical bytes, by as many threads. Runs alternate; the
 * figure is the median.
 */
final class IssuingBenchmark {

    private static final int RESULTS = Integer.getInteger("issuing.results", 20_000);
    private static final int WRITERS = Integer.getInteger("issuing.writers", 16);
    private static final int PEOPLE = Integer.getInteger("issuing.people", 20_000);
    private static final int RUNS = 3;

    private final Results results;
    private final ResultSeal seal;
    private final List<Pin> holders;
    private final byte[] canonical;

    private IssuingBenchmark(ConfigurableApplicationContext context) {
        results = context.getBean(Results.class);
        seal = context.getBean(ResultSeal.class);
        holders = context.getBean(JdbcClient.class)
                .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL ORDER BY person_id LIMIT :n")
                .param("n", PEOPLE).query(String.class).list().stream().map(Pin::of).toList();
        canonical = ("{\"code\":\"011-KS-2026-00000001-X\",\"type\":\"BIRTH_EXTRACT\",\"holders\":[\""
                + holders.get(0).value() + "\"],\"fields\":[[\"full-name\",\"Lò Văn Sáng\"]]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static void run() {
        SyntheticRegisterContext.run("issuing", PEOPLE, context -> new IssuingBenchmark(context).measure());
    }

    private void measure() {
        System.out.println("results issuing benchmark; " + Measure.machine());
        System.out.printf("%,d results a run by %d threads over %,d register persons, median of %d runs,"
                + " issuing and signing-alone runs alternating%n%n", RESULTS, WRITERS, holders.size(), RUNS);
        sign(0); // the province's first key is made here, once, not by racing writers
        Measure.callsPerSecond(WRITERS, 200, this::issue);
        Measure.callsPerSecond(WRITERS, 200, this::sign);
        double[] issued = new double[RUNS];
        double[] signed = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            issued[run] = Measure.callsPerSecond(WRITERS, RESULTS / WRITERS, this::issue);
            signed[run] = Measure.callsPerSecond(WRITERS, RESULTS / WRITERS, this::sign);
        }
        double issuedRate = Measure.median(issued);
        double signedRate = Measure.median(signed);
        System.out.println("| results issued and signed /s | signatures alone /s | issued ÷ signatures |");
        System.out.println("|--:|--:|--:|");
        System.out.printf("| %,.0f | %,.0f | %.2f |%n", issuedRate, signedRate, issuedRate / signedRate);
        System.out.printf("%nEach run: issued %s /s; signatures alone %s /s%n", Measure.eachRun(issued, "%,.0f"),
                Measure.eachRun(signed, "%,.0f"));
    }

    private void issue(int writer) {
        Pin holder = holders.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(holders.size()));
        results.issue(new NewResult(ResultType.BIRTH_EXTRACT, List.of(holder), "SO_TP", "bench.issuer" + writer,
                "Nghị định 123/2015/NĐ-CP", null,
                List.of(new ResultField("full-name", "Lò Văn Sáng"), new ResultField("birth-date", "12/03/2019")),
                null, Provenance.ISSUED));
    }

    private void sign(int writer) {
        seal.seal(canonical);
    }
}
