package org.dancu.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** Timing helpers shared by the harnesses. */
final class Measure {

    private Measure() {
    }

    /**
     * Runs {@code threads} workers that each call {@code work} with their index {@code perThread}
     * times, all starting together, and returns the calls per second over the whole run.
     */
    static double callsPerSecond(int threads, int perThread, IntConsumer work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int index = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        work.accept(index);
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            return (double) threads * perThread * 1e9 / (System.nanoTime() - began);
        } catch (Exception e) {
            throw new IllegalStateException("benchmark run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request of a user: its index and the request's number. */
    interface UserRequest {
        void run(int user, int request) throws Exception;
    }

    /**
     * {@code users} users at once, each making {@code requests} requests, with an exponential think time of
     * mean {@code thinkMillis} before each (none when 0); returns every request's latency in ms, sorted.
     */
    static double[] concurrentLatencies(int users, int requests, int thinkMillis, UserRequest request) {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<double[]>> workers = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                int user = u;
                workers.add(pool.submit(() -> {
                    double[] latencies = new double[requests];
                    java.util.Random thinking = new java.util.Random(user);
                    start.await();
                    for (int i = 0; i < requests; i++) {
                        if (thinkMillis > 0) {
                            Thread.sleep((long) (-Math.log(1 - thinking.nextDouble()) * thinkMillis));
                        }
                        long began = System.nanoTime();
                        request.run(user, i);
                        latencies[i] = (System.nanoTime() - began) / 1e6;
                    }
                    return latencies;
                }));
            }
            start.countDown();
            double[] all = new double[users * requests];
            for (int u = 0; u < users; u++) {
                System.arraycopy(workers.get(u).get(), 0, all, u * requests, requests);
            }
            Arrays.sort(all);
            return all;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The median over several runs (each sorted) of one quantile. */
    static double medianOf(double[][] runs, double quantile) {
        double[] values = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            values[r] = quantile(runs[r], quantile);
        }
        return median(values);
    }

    /** The nearest-rank quantile (0 < {@code quantile} ≤ 1) of values sorted ascending. */
    static double quantile(double[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * p50 and p95 in ms of {@code count} sequential calls, each the median over {@code runs} runs, after
     * {@code warmUp} untimed calls.
     */
    static double[] latencies(Runnable call, int count, int warmUp, int runs) {
        double[][] latencies = latencyRuns(call, count, warmUp, runs);
        return new double[] {medianOf(latencies, 0.50), medianOf(latencies, 0.95)};
    }

    /** Each run's latencies in milliseconds, sorted ascending, after {@code warmUp} untimed calls. */
    static double[][] latencyRuns(Runnable call, int count, int warmUp, int runs) {
        for (int i = 0; i < Math.min(warmUp, count); i++) {
            call.run();
        }
        double[][] latencies = new double[runs][count];
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < count; i++) {
                long began = System.nanoTime();
                call.run();
                latencies[run][i] = (System.nanoTime() - began) / 1e6;
            }
            Arrays.sort(latencies[run]);
        }
        return latencies;
    }

    /** One quantile of every run, in the order they ran: "12.30 / 11.94 / 12.81". */
    static String eachRun(double[][] runs, double quantile) {
        double[] figures = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            figures[r] = quantile(runs[r], quantile);
        }
        return eachRun(figures, "%.2f");
    }

    /** Every run's figure in the order they ran, each in {@code format}: "557 / 549 / 561". */
    static String eachRun(double[] figures, String format) {
        StringBuilder each = new StringBuilder();
        for (double figure : figures) {
            each.append(each.isEmpty() ? "" : " / ").append(String.format(format, figure));
        }
        return each.toString();
    }

    /** CPU time used by this process so far, all threads (includes the garbage collector). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Repeats a round of traffic until the JIT compilers are nearly idle (compiling less than 5 % of
     * a round's time; on two shared cores this takes minutes), at least 3 and at most
     * {@code maxRounds} rounds. A round returns what it achieved, printed with its compiling share.
     */
    static void warmUp(int maxRounds, IntFunction<String> round) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        for (int r = 1; r <= maxRounds; r++) {
            long compilingBefore = compiler.getTotalCompilationTime();
            long began = System.nanoTime();
            String achieved = round.apply(r);
            double compiling = (compiler.getTotalCompilationTime() - compilingBefore) / ((System.nanoTime() - began) / 1e6);
            System.out.printf("warm-up %d: %s; JIT compiling %.0f %% of the time%n", r, achieved, compiling * 100);
            if (r >= 3 && compiling < 0.05) {
                return;
            }
        }
    }

    /** CPU time used so far by the machine's PostgreSQL server processes, from /proc (Linux). */
    static long postgresCpuNanos() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                ticks += postgresTicks(process.resolve("stat"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        return ticks * 10_000_000L;
    }

    /**
     * CPU time used so far by one PostgreSQL server: its postmaster ({@code postmaster}, a process id) with the
     * processes it started that have ended (its children's time, which the postmaster reaps), and those still
     * running (backends, writers, autovacuum workers), from /proc (Linux); other servers on the machine are not
     * counted.
     */
    static long postgresCpuNanos(long postmaster) {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                String[] fields = postgresStat(process.resolve("stat"));
                if (fields == null) {
                    continue;
                }
                if (process.getFileName().toString().equals(Long.toString(postmaster))) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                            + Long.parseLong(fields[14]);
                } else if (fields[1].equals(Long.toString(postmaster))) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        return ticks * 10_000_000L;
    }

    /** The postmaster of a server backend: its parent process. */
    static long parentOf(long pid) {
        String[] fields = postgresStat(Path.of("/proc", Long.toString(pid), "stat"));
        if (fields == null) {
            throw new IllegalStateException("process " + pid + " is not a postgres one");
        }
        return Long.parseLong(fields[1]);
    }

    /** User and system clock ticks (1/100 s) of one process when it is a postgres one; 0 otherwise or when gone. */
    private static long postgresTicks(Path stat) {
        String[] fields = postgresStat(stat);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The fields of a postgres process's stat after its name (state, parent, …); null for another or a gone one. */
    private static String[] postgresStat(Path stat) {
        try {
            String line = Files.readString(stat);
            int close = line.lastIndexOf(')');
            if (!line.substring(line.indexOf('(') + 1, close).equals("postgres")) {
                return null;
            }
            return line.substring(close + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }

    /** The 1-minute load average: on a shared machine it says how much of the CPU a run could get. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The machine, as docs/benchmarks.md records it. */
    static String machine() {
        return "cores: " + Runtime.getRuntime().availableProcessors() + ", cpu: " + cpuModel()
                + ", java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
