package org.dancu.cleansing.datasets;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;

/**
 * Who sees which records, in SQL: an agency officer every record of the agency's datasets; everyone
 * else the records whose scope commune lies in their locality. The query must alias the dataset
 * {@code d} and the record {@code r}.
 */
public final class RecordScope {

    private RecordScope() {
    }

    public static SqlCondition records(Scope scope) {
        SqlCondition agency = scope.agency("d.agency_code");
        return scope.agencyCode() != null ? agency : agency.and(scope.communes("r.scope_commune"));
    }

    static SqlCondition datasets(Scope scope) {
        return scope.agency("d.agency_code");
    }
}
