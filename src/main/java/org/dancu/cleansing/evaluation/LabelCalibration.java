package org.dancu.cleansing.evaluation;

import java.util.List;

import org.dancu.linkage.LinkageModel.Thresholds;

/**
 * What officers' review decisions teach the thresholds. Each decision is a label: the candidate's
 * probability and whether the officer confirmed it. Once enough labels exist, the automatic-match
 * threshold moves down to the lowest probability from which every labelled candidate was
 * confirmed (officers are then only asked about pairs they actually disagree on), and up above any
 * candidate an officer rejected (so such a pair is never again linked without a look).
 */
final class LabelCalibration {

    /** Fewer labels than this leave the thresholds as the model has them. */
    static final int MINIMUM_LABELS = 10;
    private static final double HIGHEST_MATCH = 0.999999;

    record Label(double probability, boolean confirmed) {
    }

    private LabelCalibration() {
    }

    static Thresholds calibrate(Thresholds base, List<Label> labels) {
        if (labels.size() < MINIMUM_LABELS) {
            return base;
        }
        double highestRejected = labels.stream().filter(label -> !label.confirmed())
                .mapToDouble(Label::probability).max().orElse(0);
        if (highestRejected >= base.match()) {
            return new Thresholds(Math.min(HIGHEST_MATCH, Math.nextUp(highestRejected)), base.review(),
                    base.ambiguity());
        }
        List<Label> above = labels.stream().filter(label -> label.probability() > highestRejected).toList();
        if (above.size() < MINIMUM_LABELS) {
            return base;
        }
        double lowestConfirmed = above.stream().mapToDouble(Label::probability).min().orElse(base.match());
        double match = Math.max(base.review(), Math.min(base.match(), lowestConfirmed));
        return new Thresholds(match, base.review(), base.ambiguity());
    }
}
