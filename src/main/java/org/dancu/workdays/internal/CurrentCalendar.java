package org.dancu.workdays.internal;

import java.time.Clock;
import java.util.List;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.ProvinceTime;
import org.dancu.cluster.ChangeSignals;
import org.dancu.security.CurrentStaff;
import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.DecisionRefused;
import org.dancu.workdays.WorkingCalendar;
import org.dancu.workdays.WorkingHours;
import org.dancu.workdays.Workdays;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the calendar in force and records decisions: a decision is checked against the law and the
 * recorded ones and stored with an audit entry in one transaction; once that commits, the calendar is
 * rebuilt from the stored decisions, here and on every other instance sharing the database. A refused
 * decision changes nothing.
 */
@Service
@EnableConfigurationProperties(WorkdaysProperties.class)
class CurrentCalendar implements Workdays {

    static final String RECORD_ACTION = "workdays.decision.record";
    static final String TOPIC = "workdays.calendar";

    private final CalendarDecisions decisions;
    private final ChangeSignals signals;
    private final AuditLedger ledger;
    private final CurrentStaff staff;
    private final WorkingHours hours;
    private final CalendarAssembly assembly;
    private final DecisionCheck check;
    private final Clock clock = Clock.systemUTC();
    private volatile WorkingCalendar calendar;

    CurrentCalendar(CalendarDecisions decisions, AuditLedger ledger, CurrentStaff staff, WorkdaysProperties properties,
                    ProvinceTime provinceTime, ChangeSignals signals) {
        this.decisions = decisions;
        this.signals = signals;
        this.ledger = ledger;
        this.staff = staff;
        this.hours = new WorkingHours(provinceTime.zone(), properties.morningStart(), properties.morningEnd(),
                properties.afternoonStart(), properties.afternoonEnd(), properties.cutOff(),
                properties.saturdayMorningReception());
        LabourCodeHolidays law = new LabourCodeHolidays();
        this.assembly = new CalendarAssembly(law, properties.firstYear(), properties.lastYear());
        this.check = new DecisionCheck(law, assembly.firstDay(), assembly.lastDay());
        this.calendar = assembly.build(decisions.all(), hours);
        signals.onChange(TOPIC, this::rebuild);
    }

    @Override
    public WorkingCalendar calendar() {
        return calendar;
    }

    List<CalendarDecision> decisions() {
        return decisions.all();
    }

    /**
     * @throws DecisionRefused when the decision contradicts the law or overlaps a recorded one
     */
    @Transactional
    void record(CalendarDecision decision, String origin) {
        List<CalendarDecision> recorded = decisions.all();
        check.check(decision, recorded);
        decisions.add(decision, staff.actor().id(), clock.instant());
        ledger.record(new AuditEntry(staff.actor(), RECORD_ACTION, "calendar-decision",
                decision.first() + "/" + decision.last(), null, origin, Outcome.SUCCESS,
                decision.occasion() + (decision.dayOff() ? " day off" : " working day")));
        signals.changed(TOPIC);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rebuild();
            }
        });
    }

    private synchronized void rebuild() {
        calendar = assembly.build(decisions.all(), hours);
    }
}
