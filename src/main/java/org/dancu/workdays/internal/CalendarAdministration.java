package org.dancu.workdays.internal;

import java.util.List;

import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.WorkingCalendar;
import org.springframework.stereotype.Component;

/** What the administrator's calendar page may do: read the calendar and its decisions, record one. */
@Component
public class CalendarAdministration {

    private final CurrentCalendar current;

    CalendarAdministration(CurrentCalendar current) {
        this.current = current;
    }

    public WorkingCalendar calendar() {
        return current.calendar();
    }

    public List<CalendarDecision> decisions(int year) {
        return current.decisions().stream()
                .filter(d -> d.first().getYear() == year || d.last().getYear() == year).toList();
    }

    /** @throws org.dancu.workdays.DecisionRefused when the decision is refused; nothing then changes */
    public void record(CalendarDecision decision, String origin) {
        current.record(decision, origin);
    }
}
