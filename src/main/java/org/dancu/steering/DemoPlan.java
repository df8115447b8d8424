package org.dancu.steering;

import java.time.LocalDate;
import java.util.List;

/**
 * What the demo's steering committee follows: the indicators whose synthetic monthly history the demo stores and
 * the committee's task themes. Steering names no other module's indicator, so the plan comes from the command line
 * ({@code cli}), which knows the modules that declare them; an indicator no module declares is left out.
 */
public interface DemoPlan {

    /** The indicator whose denominator, living residents per commune, every demo history grows from. */
    String residents();

    /** The province-level path of each demo indicator, {@link #residents()} among them. */
    List<Trajectory> trajectories();

    /** The committee's task themes, with deadlines as of the day the demo starts. */
    List<Theme> themes(LocalDate today);

    /**
     * The province-level path of one demo indicator.
     *
     * @param start              share in the first month, when today's share is not known
     * @param rise               points gained per month
     * @param flattensAt         the month after which it rises only 0.3 a month, or -1
     * @param recordsPerResident the sector's records per living resident (1 for the register's own)
     */
    record Trajectory(String indicator, double start, double rise, int flattensAt, double recordsPerResident) {
    }

    /**
     * A task theme of the committee.
     *
     * @param lead         the leading agency's code; {@code coordinators} those of the agencies working with it
     * @param indicator    the indicator that measures it, or null when reports follow it
     * @param target       the share to reach by the deadline (ignored without an indicator)
     */
    record Theme(String title, String lead, List<String> coordinators, LocalDate deadline, String indicator,
                 int target) {
    }
}
