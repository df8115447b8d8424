package org.dancu.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.civil.Pin;
import org.dancu.results.NewResult;
import org.dancu.results.ParcelRef;
import org.dancu.results.Provenance;
import org.dancu.results.ResultField;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.results.seal.OfflineVerdict;
import org.dancu.results.seal.OfflineVerifier;
import org.dancu.results.seal.PublishedLists;
import org.dancu.results.seal.StatusList;
import org.dancu.results.seal.StatusLists;
import org.dancu.results.seal.TrustList;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The offline check of one result in the command line's code path ({@code OfflineVerifier.verify}: Base45, zlib,
 * CBOR, the COSE signature against the trust list, the status list), on land certificates the application issued,
 * their trust list and status list read back from what it publishes; against its peer in the same run: the ES256
 * signature check alone (JCA) over a message of the same size. Runs alternate; figures are medians.
 */
final class OfflineVerifyBenchmark {

    private static final int RESULTS = Integer.getInteger("offline.results", 500);
    private static final int PEOPLE = Integer.getInteger("offline.people", 2_000);
    private static final int CHECKS = Integer.getInteger("offline.checks", 5_000);
    private static final int RUNS = 3;

    private final List<String> texts = new ArrayList<>();
    private final OfflineVerifier verifier;
    private final AtomicInteger next = new AtomicInteger();
    private final KeyPair peerKey;
    private final byte[] peerMessage;
    private final byte[] peerSignature;

    private OfflineVerifyBenchmark(ConfigurableApplicationContext context) throws GeneralSecurityException {
        Results results = context.getBean(Results.class);
        List<Pin> holders = context.getBean(JdbcClient.class)
                .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL ORDER BY person_id LIMIT :n")
                .param("n", RESULTS).query(String.class).list().stream().map(Pin::of).toList();
        int statusIndex = 0;
        for (int i = 0; i < RESULTS; i++) {
            var issued = results.issue(new NewResult(ResultType.LAND_USE_CERTIFICATE, List.of(holders.get(i % holders.size())),
                    "SO_NNMT", "bench.issuer", "Luật Đất đai 2024", null,
                    List.of(new ResultField("certificate-serial", "AA " + (10_000_000 + i)), new ResultField("area", "152,3 m²")),
                    new ParcelRef("03334", "12", String.valueOf(100 + i)), Provenance.ISSUED));
            texts.add(results.offlineText(issued.code()).orElseThrow());
            statusIndex = issued.statusIndex();
        }
        StatusList list = context.getBean(StatusLists.class).list(StatusList.listOf(statusIndex)).orElseThrow();
        TrustList trust = TrustList.fromJson(context.getBean(PublishedLists.class).trustList().toJson());
        verifier = new OfflineVerifier(trust, Map.of(list.listId(), StatusList.fromCredentialJson(
                list.toCredentialJson("https://dancu.example/results/status/" + list.listId(), "VN-011"))));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        peerKey = generator.generateKeyPair();
        peerMessage = texts.get(0).getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(peerKey.getPrivate());
        signer.update(peerMessage);
        peerSignature = signer.sign();
    }

    static void run() {
        SyntheticRegisterContext.run("offline", PEOPLE, context -> {
            try {
                new OfflineVerifyBenchmark(context).measure();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void measure() {
        System.out.println("offline verification benchmark; " + Measure.machine());
        System.out.printf("%,d land certificates' QR texts (%d–%d characters), %,d checks a run, one thread, median"
                + " of %d runs, the check and the signature alone alternating%n%n", texts.size(),
                texts.stream().mapToInt(String::length).min().orElse(0),
                texts.stream().mapToInt(String::length).max().orElse(0), CHECKS, RUNS);
        double[][] checks = new double[RUNS][];
        double[][] signatures = new double[RUNS][];
        for (int run = 0; run < RUNS; run++) {
            checks[run] = Measure.latencyRuns(this::check, CHECKS, run == 0 ? CHECKS : 0, 1)[0];
            signatures[run] = Measure.latencyRuns(this::signatureAlone, CHECKS, run == 0 ? CHECKS : 0, 1)[0];
        }
        double check = Measure.medianOf(checks, 0.50);
        double signature = Measure.medianOf(signatures, 0.50);
        System.out.println("| offline check p50 ms | p99 ms | ES256 signature alone p50 ms | check ÷ signature |");
        System.out.println("|--:|--:|--:|--:|");
        System.out.printf("| %.3f | %.3f | %.3f | %.2f |%n", check, Measure.medianOf(checks, 0.99), signature,
                check / signature);
        System.out.printf("%nEach run: check p50 %s ms, p99 %s ms; signature alone p50 %s ms%n",
                Measure.eachRun(checks, 0.50), Measure.eachRun(checks, 0.99), Measure.eachRun(signatures, 0.50));
    }

    private void check() {
        OfflineVerdict verdict = verifier.verify(texts.get(next.getAndIncrement() % texts.size()));
        if (!verdict.outcome().relied()) {
            throw new IllegalStateException("an issued result did not check: " + verdict.outcome());
        }
    }

    private void signatureAlone() {
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(peerKey.getPublic());
            verifier.update(peerMessage);
            if (!verifier.verify(peerSignature)) {
                throw new IllegalStateException("the peer's signature did not check");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
