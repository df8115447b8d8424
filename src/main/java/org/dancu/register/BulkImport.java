package org.dancu.register;

import java.nio.file.Path;
import java.util.Map;

/**
 * An administrator's bulk load of persons from a CSV or XLSX file, checked exactly as an officer's
 * upload is, over the whole deployment province. Used by {@code dancu import}.
 */
public interface BulkImport {

    /**
     * Checks the file and, unless {@code dryRun}, applies it in one transaction: all new persons or
     * none. Rows already in the register with the same data are counted as unchanged.
     *
     * @param mapping file column (header text or 1-based number) → field name ({@code pin},
     *                {@code full_name}, …); columns not named are suggested from their headers
     * @throws IllegalArgumentException when the mapping names an unknown column or field, or a
     *                                  required field has no column
     * @throws org.dancu.tabular.TabularException when the file cannot be read
     */
    ImportOutcome run(Path file, Map<String, String> mapping, boolean dryRun);
}
