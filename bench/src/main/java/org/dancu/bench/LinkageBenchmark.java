package org.dancu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.dancu.cli.BundledCommunes;
import org.dancu.linkage.CommuneMapping;
import org.dancu.linkage.Decision;
import org.dancu.linkage.LinkResult;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RecordCsv;
import org.dancu.linkage.RegisterIndex;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;

/**
 * Record linkage on a messy sectoral copy of a synthetic register (quality and speed, end to end
 * from the CSV files), single-record queries against the index, and FEBRL 4; peers in the same run
 * on the same files: a plain exact-ID join and Duke 1.2.
 * System properties: {@code linkage.records} (sizes, comma-separated, default "100000,1000000"),
 * {@code linkage.runs} (runs per size below a million, default 3), {@code linkage.work}
 * (default target/bench-linkage), {@code febrl.dir} (default /work/shared/data/febrl).
 */
final class LinkageBenchmark {

    private LinkageBenchmark() {
    }

    static void run() {
        Path work = Path.of(System.getProperty("linkage.work", "target/bench-linkage"));
        int runs = Integer.getInteger("linkage.runs", 3);
        System.out.println("record linkage benchmark; " + Measure.machine() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        CommuneMapping communes = BundledCommunes.mapping();
        FebrlRun.run(Path.of(System.getProperty("febrl.dir", "/work/shared/data/febrl")));
        for (String size : System.getProperty("linkage.records", "100000,1000000").split(",")) {
            int records = Integer.parseInt(size.strip());
            Path directory = LinkageData.messy(work, records);
            messy(directory, communes, records >= 1_000_000 ? 1 : runs);
        }
    }

    private static void messy(Path directory, CommuneMapping communes, int runs) {
        Map<String, String> truth = LinkageData.truth(directory);
        double[] total = new double[runs];
        double[] scoring = new double[runs];
        Outcome outcome = null;
        RegisterIndex index = null;
        List<PersonRecord> records = null;
        List<PersonRecord> register = null;
        for (int run = 0; run < runs; run++) {
            index = null;
            System.gc();
            long began = System.nanoTime();
            register = RecordCsv.read(directory.resolve("register.csv"), RecordCsv.Kind.REGISTER);
            records = RecordCsv.read(directory.resolve("records.csv"), RecordCsv.Kind.RECORDS);
            long read = System.nanoTime();
            index = RegisterIndex.build(register, communes);
            long built = System.nanoTime();
            Training training = index.train(records, TrainingOptions.defaults());
            index = index.withModel(training.model());
            long trained = System.nanoTime();
            List<LinkResult> results = index.link(records, false);
            long linked = System.nanoTime();
            total[run] = (linked - began) / 1e9;
            scoring[run] = (linked - trained) / 1e9;
            outcome = Outcome.of(results, truth);
            System.out.printf("run %d: %,d register, %,d records; read %.1f s, index %.1f s, train %.1f s "
                            + "(EM %d iterations, converged %s, %,d candidate pairs), link %.1f s; total %.1f s%n",
                    run + 1, register.size(), records.size(), (read - began) / 1e9, (built - read) / 1e9,
                    (trained - built) / 1e9, training.iterations(), training.converged(), training.candidatePairs(),
                    scoring[run], total[run]);
        }
        System.out.println(index.model().describe());
        double median = Measure.median(total);
        double scoringMedian = Measure.median(scoring);
        System.out.printf("%n| records × register | runs | end to end s (median) | link s | pairs scored | pairs/s "
                + "| precision | recall | review share |%n|--|--:|--:|--:|--:|--:|--:|--:|--:|%n");
        System.out.printf("| %,d × %,d | %d | %.1f | %.1f | %,d | %,.0f | %.4f | %.4f | %.4f |%n", records.size(),
                register.size(), runs, median, scoringMedian, outcome.pairs, outcome.pairs / scoringMedian,
                outcome.precision(), outcome.recall(), outcome.reviewShare());
        blocking(index, records, register.size(), truth, outcome.pairs);
        ExactJoin.compare(register, records, truth, outcome, median);
        latency(index, records);
    }

    private static void blocking(RegisterIndex index, List<PersonRecord> records, int registerSize,
                                 Map<String, String> truth, long pairs) {
        int found = 0;
        int linkable = 0;
        for (PersonRecord record : records) {
            String person = truth.get(record.id());
            if (!person.isEmpty()) {
                linkable++;
                if (index.candidateIds(record).contains(person)) {
                    found++;
                }
            }
        }
        System.out.printf("blocking: pair completeness %.4f (%,d of %,d linkable records have their person "
                        + "among the candidates), reduction ratio %.8f%n", (double) found / linkable, found, linkable,
                1 - (double) pairs / ((double) records.size() * registerSize));
    }

    private static void latency(RegisterIndex index, List<PersonRecord> records) {
        SplittableRandom random = new SplittableRandom(3);
        int queries = 20_000;
        for (int i = 0; i < 2_000; i++) {
            index.query(records.get(random.nextInt(records.size())));
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            PersonRecord record = records.get(random.nextInt(records.size()));
            long began = System.nanoTime();
            index.query(record);
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("single-record query against %,d persons (%,d queries, one thread): p50 %.3f ms, "
                        + "p99 %.3f ms, max %.3f ms%n%n", index.size(), queries, millis[queries / 2],
                millis[(int) (queries * 0.99)], millis[queries - 1]);
    }

    /** Automatic matches against the truth. */
    record Outcome(long truePositives, long falsePositives, long linkable, long reviews, long total, long pairs) {

        static Outcome of(List<LinkResult> results, Map<String, String> truth) {
            long tp = 0;
            long fp = 0;
            long linkable = 0;
            long reviews = 0;
            long pairs = 0;
            for (LinkResult result : results) {
                String person = truth.get(result.recordId());
                pairs += result.candidates();
                if (!person.isEmpty()) {
                    linkable++;
                }
                if (result.decision() == Decision.MATCH) {
                    if (person.equals(result.personId())) {
                        tp++;
                    } else {
                        fp++;
                    }
                } else if (result.decision() == Decision.REVIEW) {
                    reviews++;
                }
            }
            return new Outcome(tp, fp, linkable, reviews, results.size(), pairs);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / linkable;
        }

        double reviewShare() {
            return (double) reviews / total;
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }
    }

    /** The peer everyone has: join on the exact personal ID, nothing else. */
    static final class ExactJoin {

        private ExactJoin() {
        }

        static void compare(List<PersonRecord> register, List<PersonRecord> records, Map<String, String> truth,
                            Outcome engine, double engineSeconds) {
            long began = System.nanoTime();
            Map<String, String> byPin = new HashMap<>();
            for (PersonRecord person : register) {
                if (!person.pin().isEmpty()) {
                    byPin.put(person.pin(), person.id());
                }
            }
            long tp = 0;
            long fp = 0;
            for (PersonRecord record : records) {
                String person = record.pin().isEmpty() ? null : byPin.get(record.pin());
                if (person != null) {
                    if (person.equals(truth.get(record.id()))) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            Outcome join = new Outcome(tp, fp, engine.linkable(), 0, records.size(), 0);
            System.out.printf("exact-ID join (in memory, after reading): %.2f s, precision %.4f, recall %.4f; "
                            + "engine ÷ join: time %.0f×, recall %.2f×%n", seconds, join.precision(), join.recall(),
                    engineSeconds / seconds, engine.recall() / join.recall());
        }
    }

    static List<PersonRecord> copy(List<PersonRecord> records) {
        return new ArrayList<>(records);
    }
}
