package org.dancu.register;

import java.util.Map;

/**
 * What a bulk import found and did.
 *
 * @param jobId            the import job, for the report
 * @param applied          whether persons were written (false for a dry run or a blocked file)
 * @param rows             data rows read
 * @param rowsWithProblems rows that cannot be imported
 * @param unchanged        rows already in the register with the same data
 * @param added            persons added
 * @param problems         rows per problem, keyed by message key ({@code register.import.problem.*})
 */
public record ImportOutcome(long jobId, boolean applied, long rows, long rowsWithProblems, long unchanged,
                            long added, Map<String, Long> problems) {

    public ImportOutcome {
        problems = Map.copyOf(problems);
    }
}
