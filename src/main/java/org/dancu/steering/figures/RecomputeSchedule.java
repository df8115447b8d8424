package org.dancu.steering.figures;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes every few hours, the last run shortly before midnight, so that each period's stored
 * figures are those of its last day: state-only sources cannot count a period once it has closed.
 */
@Component
class RecomputeSchedule {

    private final Recompute recompute;

    RecomputeSchedule(Recompute recompute) {
        this.recompute = recompute;
    }

    @Scheduled(cron = "${dancu.steering.recompute-cron:0 50 5,11,17,23 * * *}",
            zone = "${dancu.steering.zone:Asia/Ho_Chi_Minh}")
    void run() {
        recompute.all();
    }
}
