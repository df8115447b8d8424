package org.dancu.linkage;

/**
 * One comparison's share of a pair's match weight, in bits (log2 of m/u): positive for evidence of
 * a match. {@code termFrequency} tells that the weight was adjusted for how common the agreeing
 * value is; a missing value has level {@code missing} and weight 0.
 */
public record Contribution(String comparison, String level, double weight, boolean termFrequency) {
}
