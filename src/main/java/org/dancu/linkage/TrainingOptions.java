package org.dancu.linkage;

/**
 * How a model is trained: the random seed (same inputs and seed, same model), how many records'
 * candidate pairs EM reads, how many random pairs estimate u, and the thresholds put in the model.
 */
public record TrainingOptions(long seed, int emRecords, int randomPairs, LinkageModel.Thresholds thresholds) {

    public TrainingOptions {
        if (emRecords < 1 || randomPairs < 1) {
            throw new IllegalArgumentException("emRecords and randomPairs must be positive");
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(1, 200_000, 1_000_000, LinkageModel.Thresholds.defaults());
    }
}
