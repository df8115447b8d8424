package org.dancu.tabular;

import java.util.List;

/**
 * The way in of one kind of tabular file after its upload and column mapping (a {@link FieldSchema} and its
 * {@link ColumnMapping}): the dry run and the atomic load, which the schema's owner implements with its own rules
 * and storage. The batch is the owner's handle on one uploaded file with its mapping (the register's import job,
 * a cleansing dataset).
 *
 * @param <B> the owner's batch
 */
public interface Intake<B> {

    /**
     * Checks every row as the batch's mapping reads it and keeps each row's problems in place of the last dry
     * run's; loads nothing.
     *
     * @return the rows with at least one problem
     */
    long dryRun(B batch, IntakeProgress progress);

    /**
     * Loads the batch's rows in one transaction: all of them, or none when the owner's rule refuses (a row with a
     * problem, the file changed since its dry run …), saying why in the owner's words.
     *
     * @return the rows loaded
     */
    long load(B batch, IntakeProgress progress);

    /** The problems the batch's last dry run or load kept, in line order, at most {@code limit}. */
    List<IntakeProblem> problems(B batch, int limit);
}
