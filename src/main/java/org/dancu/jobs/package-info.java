/**
 * The one runner of long work (imports, evaluations, reconciliations, bulk verifications): persisted
 * jobs with guarded states, progress, cancel at the next checkpoint and resume after a restart or a
 * killed server, on db-scheduler over the same PostgreSQL, and the {@code /jobs} page. A module runs
 * its work by implementing {@link org.dancu.jobs.JobHandler} and submitting through
 * {@link org.dancu.jobs.Jobs}; see docs/jobs.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs",
        allowedDependencies = {"security"})
package org.dancu.jobs;
