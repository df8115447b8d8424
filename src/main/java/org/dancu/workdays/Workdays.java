package org.dancu.workdays;

/** The calendar in force; it is rebuilt whenever an administrator records a decision. */
public interface Workdays {

    WorkingCalendar calendar();
}
