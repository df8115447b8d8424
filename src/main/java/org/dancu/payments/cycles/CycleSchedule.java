package org.dancu.payments.cycles;

import java.time.YearMonth;
import java.time.ZoneId;

import org.dancu.audit.Actor;
import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.payments.Programmes;
import org.springframework.stereotype.Component;

/**
 * Every night: each programme in force gets the cycle of its next month's payment opened, so decisions
 * entered before the cut-off land in it, and every open cycle whose cut-off has passed is locked, its list
 * fixed for the maker.
 */
@Component
class CycleSchedule implements ScheduledWork {

    static final String SYSTEM = "payments.cycles";

    private final CycleDecisions decisions;
    private final Programmes programmes;
    private final CycleListQuery list;

    CycleSchedule(CycleDecisions decisions, Programmes programmes, CycleListQuery list) {
        this.decisions = decisions;
        this.programmes = programmes;
        this.list = list;
    }

    @Override
    public String name() {
        return "payments.cycles.schedule";
    }

    @Override
    public Timetable timetable() {
        return Timetable.cron("0 5 0 * * *", ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Override
    public void run() {
        YearMonth next = YearMonth.from(decisions.today()).plusMonths(1);
        for (Programme programme : programmes.inForce(decisions.today())) {
            try {
                decisions.open(programme.code(), next);
            } catch (PaymentRefusedException nothingDueOrOpen) {
                // no payment falls in that month, or its cycle is open already
            }
        }
        for (long id : list.openPastCutOff(decisions.today())) {
            decisions.lock(id, Actor.system(SYSTEM));
        }
    }
}
