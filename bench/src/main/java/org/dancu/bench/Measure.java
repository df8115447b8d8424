package org.dancu.bench;

import java.io.IOException;
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

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** CPU time used by this process so far, all threads (includes the garbage collector). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
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
