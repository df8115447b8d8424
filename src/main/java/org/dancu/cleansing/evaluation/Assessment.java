package org.dancu.cleansing.evaluation;

import java.util.List;

import org.dancu.cleansing.Criterion;

/** The four verdicts of one record. */
public record Assessment(Verdict correct, Verdict complete, Verdict clean, Verdict live) {

    public Verdict of(Criterion criterion) {
        return switch (criterion) {
            case CORRECT -> correct;
            case COMPLETE -> complete;
            case CLEAN -> clean;
            case LIVE -> live;
        };
    }

    public List<Verdict> all() {
        return List.of(correct, complete, clean, live);
    }
}
