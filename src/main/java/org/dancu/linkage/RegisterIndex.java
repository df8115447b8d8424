package org.dancu.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The register held in memory for linking: normalised persons, their name frequencies and the
 * blocking index, with a model to score by. Built once (a million persons in seconds), then queried
 * record by record from any number of threads, or for a whole dataset at once.
 */
public final class RegisterIndex {

    private final Reference reference;
    private final Scorer scorer;
    private final ThreadLocal<BlockIndex.Workspace> workspaces;

    private RegisterIndex(Reference reference, LinkageModel model) {
        this.reference = reference;
        this.scorer = new Scorer(model, reference.shares);
        this.workspaces = ThreadLocal.withInitial(() -> new BlockIndex.Workspace(reference.size()));
    }

    /** Indexes the register with the {@linkplain LinkageModel#initial() initial model}: train, then {@link #withModel}. */
    public static RegisterIndex build(List<PersonRecord> register, CommuneMapping communes) {
        return new RegisterIndex(new Reference(register, communes), LinkageModel.initial());
    }

    public static RegisterIndex build(List<PersonRecord> register, LinkageModel model, CommuneMapping communes) {
        return new RegisterIndex(new Reference(register, communes), model);
    }

    /** The same index scoring by another model; nothing is rebuilt. */
    public RegisterIndex withModel(LinkageModel model) {
        return new RegisterIndex(reference, model);
    }

    public LinkageModel model() {
        return scorer.model();
    }

    public int size() {
        return reference.size();
    }

    /** Trains a model on these records against the register, unsupervised (see {@link Trainer}). */
    public Training train(List<PersonRecord> records, TrainingOptions options) {
        return Trainer.train(reference, Reference.prepare(records, reference.communes), false, options);
    }

    /** The record's best candidate in the register, the decision, and the waterfall of weights. */
    public LinkResult query(PersonRecord record) {
        return query(new Prepared(record, reference.communes), true);
    }

    /**
     * One result per record, in the records' order, computed in parallel; without explanations
     * when {@code explain} is false, which saves memory on large runs.
     */
    public List<LinkResult> link(List<PersonRecord> records, boolean explain) {
        LinkResult[] results = new LinkResult[records.size()];
        IntStream.range(0, results.length).parallel().forEach(i ->
                results[i] = query(new Prepared(records.get(i), reference.communes), explain));
        return List.of(results);
    }

    /** Register ids of the record's candidates (blocking only), e.g. to measure pair completeness. */
    public List<String> candidateIds(PersonRecord record) {
        List<String> ids = new ArrayList<>();
        reference.index.candidates(new Prepared(record, reference.communes), workspaces.get(),
                position -> ids.add(reference.records[position].id));
        return ids;
    }

    private LinkResult query(Prepared record, boolean explain) {
        BlockIndex.Workspace workspace = workspaces.get();
        byte[] levels = workspace.levels;
        Prepared[] persons = reference.records;
        double[] best = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int[] found = {-1, 0, -1};
        reference.index.candidates(record, workspace, position -> {
            Levels.compare(record, persons[position], levels);
            double weight = scorer.score(levels, persons[position]);
            found[1]++;
            if (weight > best[0] || weight == best[0] && position < found[0]) {
                best[1] = best[0];
                found[2] = found[0];
                best[0] = weight;
                found[0] = position;
            } else if (weight > best[1]) {
                best[1] = weight;
                found[2] = position;
            }
        });
        if (found[0] < 0) {
            return new LinkResult(record.id, null, 0, Decision.NONMATCH, null, 0, 0, null, null);
        }
        Prepared person = persons[found[0]];
        Decision decision = scorer.decide(best[0], found[1] > 1 ? best[1] : Double.NEGATIVE_INFINITY);
        Prepared second = found[2] < 0 ? null : persons[found[2]];
        double runnerUp = second == null ? 0 : Scorer.probability(best[1]);
        return new LinkResult(record.id, person.id, Scorer.probability(best[0]), decision,
                explain ? explain(record, person, levels) : null, found[1], runnerUp,
                second == null ? null : second.id,
                explain && second != null && decision == Decision.REVIEW ? explain(record, second, levels) : null);
    }

    private Explanation explain(Prepared record, Prepared person, byte[] levels) {
        Levels.compare(record, person, levels);
        return scorer.explain(levels, person);
    }
}
