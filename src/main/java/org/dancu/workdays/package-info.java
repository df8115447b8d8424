/**
 * The legal working-day clock every module counts deadlines on: Vietnamese public holidays (Labour
 * Code 2019 Art. 112, Tết and the Hùng Kings' day from the Vietnamese lunar calendar), the compensating
 * days off, the government's yearly decisions (days off and make-up working days) an administrator
 * records, working hours, the 15:00 cut-off, suspensions, extensions and per-commune extra days. The
 * calendar is computed once into memory ({@link org.dancu.workdays.WorkingCalendar}) and rebuilt when a
 * decision is added; see docs/workdays.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working days",
        allowedDependencies = {"civil", "audit", "security", "cluster"})
package org.dancu.workdays;
