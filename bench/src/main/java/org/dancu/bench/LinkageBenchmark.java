package org.dancu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.dancu.synth.MessyCopies;

/**
 * Record linkage on a messy sectoral copy of a synthetic register (quality and speed, end to end
 * from the CSV files), single-record queries against the index, and FEBRL 4; peers in the same run
 * on the same files: a plain exact-ID join and Duke 1.2.
 * System properties: {@code linkage.records} (sizes, comma-separated, default "100000,1000000"),
 * {@code linkage.profiles} (messy-copy profiles, comma-separated, default "normal,harsh"; each size
 * is run on each), {@code linkage.runs} (runs per size below a million, default 3), {@code linkage.work}
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
        List<MessyCopies.Profile> profiles = Arrays.stream(System.getProperty("linkage.profiles", "normal,harsh")
                .split(",")).map(MessyCopies.Profile::of).toList();
        for (String size : System.getProperty("linkage.records", "100000,1000000").split(",")) {
            int records = Integer.parseInt(size.strip());
            List<String> rows = new ArrayList<>();
            for (MessyCopies.Profile profile : profiles) {
                Path directory = LinkageData.messy(work, records, profile);
                System.out.println("profile " + profile.name().toLowerCase(Locale.ROOT) + ": " + directory);
                rows.add(messy(directory, communes, records >= 1_000_000 ? 1 : runs, profile));
            }
            System.out.printf("%nprofiles side by side, %,d records:%n| profile | records × register | runs "
                    + "| end to end s (median) | link s | pairs scored | pairs/s | precision | recall | review share |%n"
                    + "|--|--|--:|--:|--:|--:|--:|--:|--:|--:|%n", records);
            rows.forEach(System.out::println);
            System.out.println();
        }
    }

    /** Runs the engine on one messy copy and prints its figures; returns its row of the profiles' table. */
    private static String messy(Path directory, CommuneMapping communes, int runs, MessyCopies.Profile profile) {
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
            String loadBefore = Measure.loadAverage();
            long cpuBegan = Measure.processCpuNanos();
            long began = System.nanoTime();
            register = RecordCsv.read(directory.resolve("register.csv"), RecordCsv.Kind.REGISTER);
            records = RecordCsv.read(directory.resolve("records.csv"), RecordCsv.Kind.RECORDS);
            long read = System.nanoTime();
            index = RegisterIndex.build(register, communes);
            long built = System.nanoTime();
            Training training = index.train(records, TrainingOptions.defaults());
            index = index.withModel(training.model());
            long trained = System.nanoTime();
            long cpuBeforeLink = Measure.processCpuNanos();
            List<LinkResult> results = index.link(records, false);
            long linked = System.nanoTime();
            long cpuTrained = Measure.processCpuNanos();
            total[run] = (linked - began) / 1e9;
            scoring[run] = (linked - trained) / 1e9;
            outcome = Outcome.of(results, truth);
            System.out.printf("run %d: %,d register, %,d records; read %.1f s, index %.1f s, train %.1f s "
                            + "(EM %d iterations, converged %s, %,d candidate pairs), link %.1f s; total %.1f s%n",
                    run + 1, register.size(), records.size(), (read - began) / 1e9, (built - read) / 1e9,
                    (trained - built) / 1e9, training.iterations(), training.converged(), training.candidatePairs(),
                    scoring[run], total[run]);
            System.out.printf("  process CPU: %.1f s in all, %.1f s linking; load average before %s, after %s%n",
                    (cpuTrained - cpuBegan) / 1e9, (cpuTrained - cpuBeforeLink) / 1e9, loadBefore,
                    Measure.loadAverage());
        }
        System.out.println(index.model().describe());
        double median = Measure.median(total);
        double scoringMedian = Measure.median(scoring);
        String row = String.format(Locale.ROOT, "| %s | %,d × %,d | %d | %.1f | %.1f | %,d | %,.0f | %.4f | %.4f | %.4f |",
                profile.name().toLowerCase(Locale.ROOT), records.size(), register.size(), runs, median, scoringMedian,
                outcome.pairs, outcome.pairs / scoringMedian, outcome.precision(), outcome.recall(),
                outcome.reviewShare());
        System.out.printf("%n| profile | records × register | runs | end to end s (median) | link s | pairs scored "
                + "| pairs/s | precision | recall | review share |%n|--|--|--:|--:|--:|--:|--:|--:|--:|--:|%n%s%n", row);
        blocking(index, records, register.size(), truth, outcome.pairs);
        ExactJoin.compare(register, records, truth, outcome, median);
        if (records.size() < 1_000_000) {
            duke(register, records, truth, outcome, median);
        }
        latency(index, records);
        return row;
    }

    static Outcome dukeOutcome(DukePeer.Result duke, List<PersonRecord> records, Map<String, String> truth) {
        long tp = 0;
        long fp = 0;
        long linkable = 0;
        for (PersonRecord record : records) {
            String person = truth.get(record.id());
            String matched = duke.matches().get(record.id());
            linkable += person.isEmpty() ? 0 : 1;
            if (matched != null) {
                if (matched.equals(person)) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return new Outcome(tp, fp, linkable, 0, records.size(), 0);
    }

    private static void duke(List<PersonRecord> register, List<PersonRecord> records, Map<String, String> truth,
                             Outcome engine, double engineSeconds) {
        DukePeer.Result duke = DukePeer.link(register, records);
        Outcome outcome = dukeOutcome(duke, records, truth);
        System.out.printf("Duke 1.2 (same records, ASCII-folded for it): %.1f s, precision %.4f, recall %.4f, "
                        + "F1 %.4f; Duke ÷ engine: time %.1f×; engine F1 %.4f%n", duke.seconds(), outcome.precision(),
                outcome.recall(), outcome.f1(), duke.seconds() / engineSeconds, engine.f1());
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
}
