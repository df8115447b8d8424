package org.dancu.steering.figures;

import java.time.ZoneId;

import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recomputes every few hours, the last run shortly before midnight, so that each period's stored
 * figures are those of its last day: state-only sources cannot count a period once it has closed.
 * Run by one instance at each time, however many share the database.
 */
@Component
class RecomputeSchedule implements ScheduledWork {

    private final Recompute recompute;
    private final Timetable timetable;

    RecomputeSchedule(Recompute recompute,
                      @Value("${dancu.steering.recompute-cron:0 50 5,11,17,23 * * *}") String cron,
                      @Value("${dancu.steering.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.recompute = recompute;
        this.timetable = Timetable.cron(cron, zone);
    }

    @Override
    public String name() {
        return "steering.recompute";
    }

    @Override
    public Timetable timetable() {
        return timetable;
    }

    @Override
    public void run() {
        recompute.all();
    }
}
