package org.dancu.cleansing.review;

import java.util.ArrayList;
import java.util.List;

import org.dancu.linkage.Contribution;
import org.dancu.linkage.Explanation;

/**
 * An explanation laid out for drawing: one bar per step (the prior, then each comparison), each with
 * its weight and the running total before and after, on one scale. Coordinates are in a 0–400 wide
 * box, so the page draws them as SVG attributes (no inline style, which the CSP forbids).
 */
public record Waterfall(List<Bar> bars, double total, double probability) {

    static final double WIDTH = 400;

    /**
     * @param comparison {@code prior} or a comparison's key; {@code level} its level ("" for the prior)
     * @param x          left edge of the bar; {@code width} its length, both in the box's units
     */
    public record Bar(String comparison, String level, double weight, boolean termFrequency, double x,
                      double width, boolean positive) {
    }

    static Waterfall of(Explanation explanation) {
        List<double[]> steps = new ArrayList<>();
        double running = 0;
        double low = 0;
        double high = 0;
        List<Contribution> all = new ArrayList<>();
        all.add(new Contribution("prior", "", explanation.priorWeight(), false));
        all.addAll(explanation.contributions());
        for (Contribution c : all) {
            double from = running;
            running += c.weight();
            steps.add(new double[] {from, running});
            low = Math.min(low, running);
            high = Math.max(high, running);
        }
        double span = Math.max(high - low, 1e-9);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Contribution c = all.get(i);
            double from = Math.min(steps.get(i)[0], steps.get(i)[1]);
            double to = Math.max(steps.get(i)[0], steps.get(i)[1]);
            bars.add(new Bar(c.comparison(), c.level(), c.weight(), c.termFrequency(),
                    round((from - low) / span * WIDTH), Math.max(1, round((to - from) / span * WIDTH)),
                    c.weight() >= 0));
        }
        return new Waterfall(bars, explanation.totalWeight(), explanation.probability());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
