package org.dancu.bench;

import java.util.Map;

/**
 * Entry point of the benchmark harnesses: {@code bench/run NAME}. Benchmarks are not tests: they
 * print figures for docs/benchmarks.md and assert nothing about time.
 */
public final class Bench {

    private static final Map<String, Runnable> HARNESSES = Map.of(
            "audit", AuditBenchmark::run,
            "clock", ClockBenchmark::run,
            "exchange", ExchangeBenchmark::run,
            "import", ImportBenchmark::run,
            "indicators-api", IndicatorsApiBenchmark::run,
            "national", NationalBenchmark::run,
            "linkage", LinkageBenchmark::run,
            "register", RegisterReadBenchmark::run,
            "soak", SoakBenchmark::run,
            "steering", SteeringBenchmark::run,
            "synth", SynthBenchmark::run);

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
