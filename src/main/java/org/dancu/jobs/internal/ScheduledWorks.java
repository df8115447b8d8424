package org.dancu.jobs.internal;

import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link ScheduledWork} of the application as a recurring task of the runner's table: one
 * execution per work, picked by one server at its due time ({@code FOR UPDATE SKIP LOCKED}), so the
 * work runs once across instances; a dead server's execution is taken up again as a job's is.
 */
@Component
class ScheduledWorks {

    private final List<RecurringTask<Void>> tasks;

    ScheduledWorks(ObjectProvider<ScheduledWork> works) {
        this.tasks = works.orderedStream()
                .filter(work -> !(work.timetable() instanceof Timetable.Never))
                .map(ScheduledWorks::task)
                .toList();
    }

    List<RecurringTask<Void>> tasks() {
        return tasks;
    }

    private static RecurringTask<Void> task(ScheduledWork work) {
        return Tasks.recurring(work.name(), schedule(work.timetable()))
                .onDeadExecutionRevive()
                .execute((instance, context) -> work.run());
    }

    private static Schedule schedule(Timetable timetable) {
        if (timetable instanceof Timetable.Cron cron) {
            return Schedules.cron(cron.expression(), cron.zone());
        }
        return Schedules.fixedDelay(((Timetable.Every) timetable).delay());
    }
}
