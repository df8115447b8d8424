package org.dancu.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.NewResult;
import org.dancu.results.Provenance;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.results.seal.ResultSeal;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Results issued and signed per second, each committed with its rows, event and ledger entries (the holders checked
 * against the register, numbering, the canonical record, its hash, the seal's one signature, the status entry):
 * through {@code Results.issueAll} in batches of {@code issuing.batch} by {@code issuing.batch-writers} threads,
 * and through {@code Results.issue} one at a time by {@code issuing.writers} threads. Peers in the same run, by
 * {@code issuing.writers} threads: the seal alone ({@code ResultSeal.seal}: the ES256 signature with its claims'
 * CBOR, zlib and Base45), and the JDK's {@code SHA256withECDSA} alone over as many bytes (the signer used before).
 * Each run also gives the CPU a result took: this JVM's and its PostgreSQL server's (not the other servers on the
 * machine), so a busy machine's figure still says what two idle cores would allow. Runs alternate; figures are
 * medians, every run printed.
 */
final class IssuingBenchmark {

    private static final int RESULTS = Integer.getInteger("issuing.results", 20_000);
    private static final int SINGLE = Integer.getInteger("issuing.single", 5_000);
    private static final int BATCH = Integer.getInteger("issuing.batch", 100);
    private static final int BATCH_WRITERS = Integer.getInteger("issuing.batch-writers", 4);
    private static final int WRITERS = Integer.getInteger("issuing.writers", 16);
    private static final int PEOPLE = Integer.getInteger("issuing.people", 20_000);
    private static final int RUNS = 3;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final Results results;
    private final ResultSeal seal;
    private final List<Pin> holders;
    private final long postmaster;
    private final IssuedResult sample;
    private final KeyPair jdkKey;
    private final byte[] signed;

    private IssuingBenchmark(ConfigurableApplicationContext context) throws GeneralSecurityException {
        results = context.getBean(Results.class);
        seal = context.getBean(ResultSeal.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        holders = jdbc.sql("SELECT pin FROM register.person WHERE pin IS NOT NULL ORDER BY person_id LIMIT :n")
                .param("n", PEOPLE).query(String.class).list().stream().map(Pin::of).toList();
        postmaster = Measure.parentOf(jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single());
        sample = new IssuedResult(ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 1), "public-id",
                ResultType.BIRTH_EXTRACT, List.of(holders.get(0)), "SO_TP", "bench.issuer", "Nghị định 123/2015/NĐ-CP",
                null, fields(), null, Provenance.ISSUED, ResultStatus.VALID, null, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS), null, new byte[32], null, 4321);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        jdkKey = generator.generateKeyPair();
        signed = "x".repeat(250).getBytes(StandardCharsets.US_ASCII);
    }

    static void run() {
        SyntheticRegisterContext.run("issuing", PEOPLE, context -> {
            try {
                new IssuingBenchmark(context).measure();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A run's rate and the CPU a result took in it: this JVM's and its PostgreSQL server's. */
    private record Run(double rate, double jvmMillis, double postgresMillis) {

        double cpuMillis() {
            return jvmMillis + postgresMillis;
        }
    }

    private void measure() {
        System.out.println("results issuing benchmark; " + Measure.machine() + "; load average " + Measure.loadAverage());
        System.out.printf("%,d results a run through issueAll (batches of %d, %d threads), %,d through issue (%d"
                        + " threads), over %,d register persons; peers by %d threads; median of %d runs, alternating%n%n",
                RESULTS, BATCH, BATCH_WRITERS, SINGLE, WRITERS, holders.size(), WRITERS, RUNS);
        sealAlone(0); // the province's first key is made here, once, not by racing writers
        timed(BATCH_WRITERS, RESULTS / 2 / BATCH / BATCH_WRITERS + 1, this::issueBatch, BATCH);
        timed(WRITERS, SINGLE / 4 / WRITERS + 1, this::issueOne, 1);
        timed(WRITERS, 2_000 / WRITERS, this::sealAlone, 1);
        timed(WRITERS, 500 / WRITERS, this::jdkAlone, 1);
        Run[] batch = new Run[RUNS];
        Run[] single = new Run[RUNS];
        Run[] sealed = new Run[RUNS];
        Run[] jdk = new Run[RUNS];
        for (int run = 0; run < RUNS; run++) {
            batch[run] = timed(BATCH_WRITERS, RESULTS / BATCH / BATCH_WRITERS, this::issueBatch, BATCH);
            single[run] = timed(WRITERS, SINGLE / WRITERS, this::issueOne, 1);
            sealed[run] = timed(WRITERS, RESULTS / WRITERS, this::sealAlone, 1);
            jdk[run] = timed(WRITERS, RESULTS / 4 / WRITERS, this::jdkAlone, 1);
        }
        System.out.println("| path | results (or signatures) /s | CPU ms a result: JVM + its PostgreSQL = all |"
                + " what " + CORES + " idle cores allow /s |");
        System.out.println("|---|--:|--:|--:|");
        row("issueAll, batches of " + BATCH, batch);
        row("issue, one at a time", single);
        row("peer: the seal alone (one ES256 signature, Bouncy Castle)", sealed);
        row("peer: JDK SHA256withECDSA alone", jdk);
        System.out.printf("%nissueAll ÷ seal alone: %.2f; issue ÷ seal alone: %.2f; load average now %s%n",
                median(batch, Run::rate) / median(sealed, Run::rate), median(single, Run::rate) / median(sealed, Run::rate),
                Measure.loadAverage());
        System.out.printf("Each run /s: issueAll %s; issue %s; seal alone %s; JDK signature alone %s%n",
                each(batch), each(single), each(sealed), each(jdk));
    }

    private void row(String path, Run[] runs) {
        double cpu = median(runs, Run::cpuMillis);
        System.out.printf("| %s | %,.0f | %.3f + %.3f = %.3f | %,.0f |%n", path, median(runs, Run::rate),
                median(runs, Run::jvmMillis), median(runs, Run::postgresMillis), cpu, CORES * 1000 / cpu);
    }

    private static double median(Run[] runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] figures = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            figures[i] = figure.applyAsDouble(runs[i]);
        }
        return Measure.median(figures);
    }

    private static String each(Run[] runs) {
        double[] rates = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            rates[i] = runs[i].rate();
        }
        return Measure.eachRun(rates, "%,.0f");
    }

    /** {@code threads} threads calling {@code work} {@code calls} times each, each call {@code per} results. */
    private Run timed(int threads, int calls, IntConsumer work, int per) {
        long jvm = Measure.processCpuNanos();
        long postgres = Measure.postgresCpuNanos(postmaster);
        double rate = Measure.callsPerSecond(threads, calls, work) * per;
        double results = (double) threads * calls * per;
        return new Run(rate, (Measure.processCpuNanos() - jvm) / 1e6 / results,
                (Measure.postgresCpuNanos(postmaster) - postgres) / 1e6 / results);
    }

    private void issueBatch(int writer) {
        List<NewResult> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(request(writer));
        }
        results.issueAll(batch);
    }

    private void issueOne(int writer) {
        results.issue(request(writer));
    }

    private NewResult request(int writer) {
        Pin holder = holders.get(ThreadLocalRandom.current().nextInt(holders.size()));
        return new NewResult(ResultType.BIRTH_EXTRACT, List.of(holder), "SO_TP", "bench.issuer" + writer,
                "Nghị định 123/2015/NĐ-CP", null, fields(), null, Provenance.ISSUED);
    }

    private static List<ResultField> fields() {
        return List.of(new ResultField("full-name", "Lò Văn Sáng"), new ResultField("birth-date", "12/03/2019"));
    }

    private void sealAlone(int writer) {
        seal.seal(sample, Map.of(sample.holders().get(0), PersonName.of("Lò", "Văn", "Sáng")));
    }

    private void jdkAlone(int writer) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(jdkKey.getPrivate());
            signature.update(signed);
            signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
