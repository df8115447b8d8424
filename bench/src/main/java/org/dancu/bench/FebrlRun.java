package org.dancu.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.linkage.CommuneMapping;
import org.dancu.linkage.LinkResult;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RegisterIndex;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;

/** FEBRL 4: 5,000 records in A, 5,000 in B, 5,000 true links (rec-N-org ↔ rec-N-dup-0); the same engine, trained by EM. */
final class FebrlRun {

    private FebrlRun() {
    }

    static void run(Path directory) {
        List<PersonRecord> a = LinkageData.febrl(directory.resolve("dataset4a.csv"));
        List<PersonRecord> b = LinkageData.febrl(directory.resolve("dataset4b.csv"));
        Map<String, String> truth = b.stream().collect(Collectors.toMap(PersonRecord::id,
                r -> r.id().replace("-dup-0", "-org")));
        long began = System.nanoTime();
        RegisterIndex index = RegisterIndex.build(a, CommuneMapping.none());
        Training training = index.train(b, TrainingOptions.defaults());
        index = index.withModel(training.model());
        List<LinkResult> results = index.link(b, false);
        double seconds = (System.nanoTime() - began) / 1e9;
        LinkageBenchmark.Outcome outcome = LinkageBenchmark.Outcome.of(results, truth);
        System.out.printf("FEBRL 4 (5,000 × 5,000): engine %.2f s, precision %.4f, recall %.4f, F1 %.4f, "
                        + "review %.4f, pairs %,d%n", seconds, outcome.precision(), outcome.recall(), outcome.f1(),
                outcome.reviewShare(), outcome.pairs());
    }
}
