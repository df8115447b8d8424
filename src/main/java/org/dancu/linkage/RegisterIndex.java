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
        CandidateRanking ranking = new CandidateRanking();
        reference.index.candidates(record, workspace, position -> {
            Levels.compare(record, persons[position], levels);
            ranking.offer(position, scorer.score(levels, persons[position]));
        });
        if (ranking.best() < 0) {
            return new LinkResult(record.id, null, 0, Decision.NONMATCH, null, 0, 0, null, null);
        }
        Prepared person = persons[(int) ranking.best()];
        Decision decision = ranking.decide(scorer);
        Prepared second = ranking.runnerUp() < 0 ? null : persons[(int) ranking.runnerUp()];
        return new LinkResult(record.id, person.id, ranking.bestProbability(), decision,
                explain ? explain(record, person, levels) : null, ranking.candidates(), ranking.runnerUpProbability(),
                second == null ? null : second.id,
                explain && second != null && decision == Decision.REVIEW ? explain(record, second, levels) : null);
    }

    private Explanation explain(Prepared record, Prepared person, byte[] levels) {
        Levels.compare(record, person, levels);
        return scorer.explain(levels, person);
    }
}
