package org.dancu.steering.internal;

/** Who may decide for the steering committee: create and move tasks, recompute, take the reviews. */
public final class SteeringRoles {

    public static final String LEADERS = "hasAnyRole('ADMINISTRATOR','PROVINCE_OFFICER')";

    private SteeringRoles() {
    }
}
