package org.dancu.spark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.dancu.linkage.CommuneTable;
import org.dancu.linkage.LinkResult;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RecordCsv;
import org.dancu.linkage.RegisterIndex;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;
import org.dancu.spark.SparkLink;

/**
 * {@code bench/run spark}: for each size of {@code spark.records}, on the messy copy {@code bench/run}
 * generated first, the single-machine engine (the peer) and then the Spark runner in local mode on
 * {@code spark.cores} cores, in this one JVM, twice: training on its own sample, then with the
 * engine's model, so the differences the sample makes are told apart from any other. Prints every
 * run: wall and CPU time, pairs compared per second per core, Spark's overhead as a ratio, how many
 * decisions differ and precision/recall against the truth, the shuffle and the heap's peak. With
 * {@code -Dspark.peer=false} only the Spark runner runs, for a size whose engine run does not fit the
 * machine. Asserts nothing about time.
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("spark.work", "../target/bench-linkage"));
        int cores = Integer.getInteger("spark.cores", Runtime.getRuntime().availableProcessors());
        CommuneTable communes = CommuneTable.read(work.resolve("communes.csv"));
        System.out.printf("Spark runner benchmark; %d cores available, %d used by Spark, max heap %,d MiB, "
                        + "spark.local.dir %s%n", Runtime.getRuntime().availableProcessors(), cores,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("spark.local.dir", "/tmp"));
        List<String> rows = new ArrayList<>();
        for (String size : System.getProperty("spark.records", "100000").split(",")) {
            rows.addAll(size(work, work.resolve("messy-" + size.strip()), communes, cores));
        }
        System.out.printf("%n| runner | records × register | wall s | CPU s | pairs compared | pairs/s/core "
                + "| pairs per CPU-second | × engine wall | × engine CPU | decisions differing from the engine "
                + "| precision | recall | review share |%n|--|--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|%n");
        rows.forEach(System.out::println);
    }

    private static List<String> size(Path work, Path directory, CommuneTable communes, int cores) throws Exception {
        Map<String, String> truth = truth(directory);
        System.out.println("\ninput " + directory.toAbsolutePath() + "; load average " + loadAverage());
        List<String> rows = new ArrayList<>();
        Map<String, String> own = Map.of("register", directory.resolve("register.csv").toString(),
                "records", directory.resolve("records.csv").toString(), "communes", work.resolve("communes.csv").toString(),
                "out", work.resolve("spark-links.csv").toString());
        if (!Boolean.parseBoolean(System.getProperty("spark.peer", "true"))) {
            Run sampled = spark(own, cores);
            rows.add(sampled.row("Spark local[" + cores + "], model trained on its sample (no peer)",
                    sampled.shape(), null, truth, cores));
            return rows;
        }
        Run engine = engine(directory, communes, work.resolve("engine-model.json"));
        String shape = engine.shape();
        rows.add(engine.row("engine (one JVM, " + Runtime.getRuntime().availableProcessors() + " threads)", shape,
                engine, truth, Runtime.getRuntime().availableProcessors()));
        Run sampled = spark(own, cores);
        rows.add(sampled.row("Spark local[" + cores + "], model trained on its sample", shape, engine, truth, cores));
        Map<String, String> withModel = new HashMap<>(own);
        withModel.put("model", work.resolve("engine-model.json").toString());
        Run sameModel = spark(withModel, cores);
        rows.add(sameModel.row("Spark local[" + cores + "], the engine's model", shape, engine, truth, cores));
        return rows;
    }

    private static Run engine(Path directory, CommuneTable communes, Path modelFile) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = cpuNanos();
        long began = System.nanoTime();
        List<PersonRecord> register = RecordCsv.read(directory.resolve("register.csv"), RecordCsv.Kind.REGISTER);
        List<PersonRecord> records = RecordCsv.read(directory.resolve("records.csv"), RecordCsv.Kind.RECORDS);
        RegisterIndex index = RegisterIndex.build(register, communes);
        Training training = index.train(records, TrainingOptions.defaults());
        List<LinkResult> results = index.withModel(training.model()).link(records, false);
        double wall = (System.nanoTime() - began) / 1e9;
        Files.deleteIfExists(modelFile);
        training.model().save(modelFile);
        Map<String, String[]> outcomes = new HashMap<>();
        long pairs = 0;
        for (LinkResult r : results) {
            outcomes.put(r.recordId(), new String[] {r.person().orElse(""), r.decision().code()});
            pairs += r.candidates();
        }
        Run run = new Run(wall, (cpuNanos() - cpu) / 1e9, pairs, register.size(), outcomes);
        System.out.printf("engine: %.1f s wall, %.1f s CPU, %,d pairs, heap peak %,d MiB; load average %s%n", run.wall,
                run.cpu, pairs, heapPeak() >> 20, loadAverage());
        return run;
    }

    private static Run spark(Map<String, String> options, int cores) throws Exception {
        System.gc();
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("dancu-spark-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", System.getProperty("spark.partitions", Integer.toString(cores * 4)))
                .getOrCreate();
        ShuffleMeter shuffle = new ShuffleMeter();
        spark.sparkContext().addSparkListener(shuffle);
        try {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu = cpuNanos();
            long began = System.nanoTime();
            SparkLink.Summary summary = SparkLink.run(spark, options);
            double wall = (System.nanoTime() - began) / 1e9;
            spark.sparkContext().listenerBus().waitUntilEmpty();
            Map<String, String[]> outcomes = new HashMap<>();
            List<String> lines = Files.readAllLines(Path.of(options.get("out")), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                outcomes.put(f[0], new String[] {f[1], f[3]});
            }
            Run run = new Run(wall, (cpuNanos() - cpu) / 1e9, summary.candidatePairs(), summary.persons(), outcomes);
            System.out.printf("Spark (%s): %.1f s wall, %.1f s CPU in this JVM, %,d pairs; shuffle written %,d MiB, "
                            + "spilled to disk %,d MiB, heap peak %,d MiB; load average %s%n",
                    options.containsKey("model") ? "given model" : "own sample", run.wall, run.cpu,
                    summary.candidatePairs(), shuffle.written() >> 20, shuffle.spilled() >> 20, heapPeak() >> 20,
                    loadAverage());
            return run;
        } finally {
            spark.stop();
        }
    }

    private record Run(double wall, double cpu, long pairs, long persons, Map<String, String[]> outcomes) {

        String shape() {
            return String.format(Locale.ROOT, "%,d × %,d", outcomes.size(), persons);
        }

        /** The run's row; without a peer ({@code engine} null) the comparisons with it are left out. */
        String row(String runner, String shape, Run engine, Map<String, String> truth, int cores) {
            long differing = 0;
            Map<String, Long> kinds = new HashMap<>();
            long tp = 0;
            long fp = 0;
            long review = 0;
            long linkable = truth.values().stream().filter(p -> !p.isEmpty()).count();
            for (Map.Entry<String, String[]> e : outcomes.entrySet()) {
                String[] mine = e.getValue();
                String[] theirs = engine == null ? mine : engine.outcomes.get(e.getKey());
                if (!mine[0].equals(theirs[0]) || !mine[1].equals(theirs[1])) {
                    differing++;
                    kinds.merge(theirs[1] + "→" + mine[1], 1L, Long::sum);
                }
                if (mine[1].equals("match")) {
                    if (mine[0].equals(truth.get(e.getKey()))) {
                        tp++;
                    } else {
                        fp++;
                    }
                } else if (mine[1].equals("review")) {
                    review++;
                }
            }
            String versus = engine == null ? "— | — | —" : String.format(Locale.ROOT, "%.2f | %.2f | %,d %s",
                    wall / engine.wall, cpu / engine.cpu, differing, kinds.isEmpty() ? "" : kinds.toString());
            return String.format(Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %,d | %,.0f | %,.0f | %s | %.4f | %.4f | %.2f %% |",
                    runner, shape, wall, cpu, pairs, pairs / wall / cores, pairs / cpu, versus, tp / (double) Math.max(1, tp + fp),
                    tp / (double) Math.max(1, linkable), 100.0 * review / outcomes.size());
        }
    }

    private static Map<String, String> truth(Path directory) throws IOException {
        Map<String, String> truth = new HashMap<>();
        List<String> lines = Files.readAllLines(directory.resolve("truth.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.indexOf(',');
            truth.put(line.substring(0, comma), line.substring(comma + 1));
        }
        return truth;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The heap's peak since the last reset, summed over its pools (an upper bound on the live peak). */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
