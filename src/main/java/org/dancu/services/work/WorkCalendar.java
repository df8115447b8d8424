package org.dancu.services.work;

import java.time.Instant;

import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.Workdays;
import org.springframework.stereotype.Component;

/** When "soon" ends for the queue's colours: a working day (eight working hours) from now, on the working-day calendar. */
@Component
class WorkCalendar {

    private final Workdays workdays;

    WorkCalendar(Workdays workdays) {
        this.workdays = workdays;
    }

    Instant soon(Instant now) {
        return workdays.calendar().deadline(now, TimeLimit.workingHours(8)).due();
    }
}
