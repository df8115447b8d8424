package org.dancu.register;

import java.util.List;
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
 * @param examples         the first problems in line order
 */
public record ImportOutcome(long jobId, boolean applied, long rows, long rowsWithProblems, long unchanged,
                            long added, Map<String, Long> problems, List<Example> examples) {

    public ImportOutcome {
        problems = Map.copyOf(problems);
        examples = List.copyOf(examples);
    }

    /**
     * One problem of one line.
     *
     * @param fieldKey   message key of the field ({@code register.import.field.*})
     * @param problemKey message key of the problem
     * @param detail     a reason code, line numbers or field names; null when the problem says it all
     */
    public record Example(long line, String fieldKey, String problemKey, String detail) {
    }
}
