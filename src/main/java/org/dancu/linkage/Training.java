package org.dancu.linkage;

/**
 * A trained model and how it was reached: candidate pairs and random pairs read, EM iterations and
 * whether EM converged.
 */
public record Training(LinkageModel model, long candidatePairs, long randomPairs, int iterations,
                       boolean converged) {
}
