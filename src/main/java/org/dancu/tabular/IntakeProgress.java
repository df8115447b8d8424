package org.dancu.tabular;

/**
 * Where an intake's dry run or load stands: rows done of the rows known. The job runner's
 * {@code JobContext::progress} is one (and is then also the cancel checkpoint); a pass run while its caller
 * waits reports to {@link #NONE}.
 */
@FunctionalInterface
public interface IntakeProgress {

    IntakeProgress NONE = (done, total) -> { };

    void rows(long done, long total);
}
