package org.dancu.security.internal;

import java.util.List;

/** Thrown before anything changes when a form's values break a rule; carries one problem per field. */
class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidInput(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    InvalidInput(String field, String code) {
        this(List.of(new FieldProblem(field, code)));
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
