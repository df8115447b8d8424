package org.dancu.payments.beneficiaries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.security.Scope;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.TabularFormat;

/**
 * One uploaded list of a decision's beneficiaries with its column mapping, the officer who sent it within their
 * scope, and the problems its last check found: the batch of {@link DecisionImport}.
 */
final class DecisionList {

    private final Path file;
    private final TabularFormat format;
    private final ColumnMapping<DecisionField> mapping;
    private final Scope scope;
    private final Actor officer;
    private final String origin;
    private final List<IntakeProblem> problems = new ArrayList<>();

    DecisionList(Path file, TabularFormat format, ColumnMapping<DecisionField> mapping, Scope scope, Actor officer,
                 String origin) {
        this.file = file;
        this.format = format;
        this.mapping = mapping;
        this.scope = scope;
        this.officer = officer;
        this.origin = origin;
    }

    Path file() { return file; }
    TabularFormat format() { return format; }
    ColumnMapping<DecisionField> mapping() { return mapping; }
    Scope scope() { return scope; }
    Actor officer() { return officer; }
    String origin() { return origin; }

    List<IntakeProblem> problems() {
        return List.copyOf(problems);
    }

    void keep(List<IntakeProblem> found) {
        problems.clear();
        problems.addAll(found);
    }
}
