package org.dancu.cleansing.review;

import java.util.List;

import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.register.PersonCorrected;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A correction in the register changes what the officers judged: their decisions on the corrected
 * person are opened for review again, and those records' criteria computed anew. Delivered through
 * the event outbox, so a failure here is retried, never lost.
 */
@Component
class ReviewReopening {

    private final ReviewItems items;
    private final Evaluation evaluation;

    ReviewReopening(ReviewItems items, Evaluation evaluation) {
        this.items = items;
        this.evaluation = evaluation;
    }

    @ApplicationModuleListener
    void on(PersonCorrected event) {
        List<ReviewItem> decided = items.decidedOn(event.personId());
        for (ReviewItem item : decided) {
            item.reopen(PersonCorrected.class.getSimpleName());
            items.save(item);
        }
        evaluation.reassess(decided.stream().map(ReviewItem::recordId).toList(), PersonCorrected.class.getSimpleName());
    }
}
