package org.dancu.security.internal;

/** A rejected form field and the message code that says why. */
record FieldProblem(String field, String code) {
}
