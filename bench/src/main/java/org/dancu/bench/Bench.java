package org.dancu.bench;

import java.util.Map;

/**
 * Entry point of the benchmark harnesses: {@code bench/run NAME}. Benchmarks are not tests: they
 * print figures for docs/benchmarks.md and assert nothing about time.
 */
public final class Bench {

    private static final Map<String, Runnable> HARNESSES = Map.ofEntries(
            Map.entry("audit", AuditBenchmark::run),
            Map.entry("clock", ClockBenchmark::run),
            Map.entry("eid-login", EidLoginBenchmark::run),
            Map.entry("exchange", ExchangeBenchmark::run),
            Map.entry("import", ImportBenchmark::run),
            Map.entry("indicators-api", IndicatorsApiBenchmark::run),
            Map.entry("issuing", IssuingBenchmark::run),
            Map.entry("linkage", LinkageBenchmark::run),
            Map.entry("national", NationalBenchmark::run),
            Map.entry("notify", NotifyBenchmark::run),
            Map.entry("offline-verify", OfflineVerifyBenchmark::run),
            Map.entry("payments-checks", PaymentsChecksBenchmark::run),
            Map.entry("payments-files", PaymentFilesBenchmark::run),
            Map.entry("online", OnlineVerificationBenchmark::run),
            Map.entry("payments-recon", PaymentsReconBenchmark::run),
            Map.entry("ocr", OcrBenchmark::run),
            Map.entry("portal", PortalBenchmark::run),
            Map.entry("register", RegisterReadBenchmark::run),
            Map.entry("services", ServicesBenchmark::run),
            Map.entry("soak", SoakBenchmark::run),
            Map.entry("spark-data", SparkData::run),
            Map.entry("steering", SteeringBenchmark::run),
            Map.entry("synth", SynthBenchmark::run));

    private Bench() {
    }

    public static void main(String[] args) {
        Runnable harness = args.length == 1 ? HARNESSES.get(args[0]) : null;
        if (harness == null) {
            System.err.println("usage: bench/run NAME, with NAME one of " + HARNESSES.keySet());
            System.exit(2);
        }
        harness.run();
    }
}
