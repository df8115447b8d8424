package org.dancu.services;

import java.util.List;
import org.dancu.results.ResultType;
import org.dancu.workdays.TimeLimit;

/**
 * One leg of a procedure: a single-agency procedure has one leg (key {@code main}); a bundle has its
 * civil-status leg first and the others in parallel after it.
 *
 * @param procedure the national procedure the leg carries out
 * @param steps     who handles it, in order
 * @param limit     the leg's own legal time limit
 * @param first     the leg the others wait for (civil status in a bundle; the only leg otherwise)
 * @param optional  the applicant may leave it out (the survivor allowance of the death bundle)
 * @param result    the result the leg issues when it completes, or null
 */
public record LegDefinition(String key, ProcedureCode procedure, String nameVi, String nameEn, List<Handler> steps,
                            TimeLimit limit, boolean first, boolean optional, ResultType result) {
}
