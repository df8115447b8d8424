package org.dancu.register.importing;

/** One problem of a job as the report lists it: the line, the field's column name, the code and its detail. */
record ImportProblemRow(long line, String field, String code, String detail) {
}
