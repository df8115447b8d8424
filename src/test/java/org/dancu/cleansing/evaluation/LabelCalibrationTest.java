package org.dancu.cleansing.evaluation;

import org.dancu.cleansing.evaluation.LabelCalibration.Label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dancu.linkage.LinkageModel.Thresholds;
import org.junit.jupiter.api.Test;

class LabelCalibrationTest {

    private static final Thresholds BASE = new Thresholds(0.99, 0.5, 4);

    private static List<Label> confirmed(int count, double from) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(new Label(from + i * 0.001, true));
        }
        return labels;
    }

    @Test
    void tooFewLabelsChangeNothing() {
        assertThat(LabelCalibration.calibrate(BASE, confirmed(9, 0.9))).isEqualTo(BASE);
    }

    @Test
    void confirmedCandidatesLowerTheMatchThresholdToTheLowestConfirmedAboveEveryRejection() {
        List<Label> labels = confirmed(12, 0.93);
        labels.add(new Label(0.7, false));
        assertThat(LabelCalibration.calibrate(BASE, labels).match()).isEqualTo(0.93);
    }

    @Test
    void aRejectedCandidateAboveTheMatchThresholdRaisesItAboveThatCandidate() {
        List<Label> labels = confirmed(12, 0.93);
        labels.add(new Label(0.995, false));
        Thresholds calibrated = LabelCalibration.calibrate(BASE, labels);
        assertThat(calibrated.match()).isGreaterThan(0.995).isLessThan(1);
        assertThat(calibrated.review()).isEqualTo(BASE.review());
    }

    @Test
    void theMatchThresholdNeverFallsBelowTheReviewThreshold() {
        assertThat(LabelCalibration.calibrate(BASE, confirmed(12, 0.2)).match()).isEqualTo(0.5);
    }
}
