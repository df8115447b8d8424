package org.dancu.tabular;

/**
 * One problem a dry run found in one row, as every intake keeps and reports it: no value from the row, only where
 * (the line, the field's {@link IntakeField#key()} or {@link #WHOLE_ROW}) and what (the owner's code, and a detail
 * such as the reason a value was refused, or null). The owner's message bundle says it in words.
 */
public record IntakeProblem(long line, String field, String code, String detail) {

    /** The field of a problem of the row as a whole, such as more cells than the header has columns. */
    public static final String WHOLE_ROW = "row";

    public IntakeProblem(long line, String field, String code) {
        this(line, field, code, null);
    }
}
