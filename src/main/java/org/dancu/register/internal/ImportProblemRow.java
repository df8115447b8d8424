package org.dancu.register.internal;

/** One problem of a job as the report lists it: the line, the field's column name, the code and its detail. */
public record ImportProblemRow(long line, String field, String code, String detail) {
}
