/**
 * Steering: indicators (numerator / denominator × factor by locality, agency and period) with
 * targets, the steering committee's tasks and their computed risk of delay, dashboards and review
 * reports. Other modules deliver counts through {@link org.dancu.steering.IndicatorSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Steering dashboard",
        allowedDependencies = {"civil", "locality", "security", "audit", "tabular", "jobs"})
package org.dancu.steering;
