package org.dancu.results.digitising;

import org.dancu.results.ResultType;

/** The kinds of paper record a register book holds, each issued as a result of its type. */
public enum RecordType {
    LAND_USE_CERTIFICATE(ResultType.LAND_USE_CERTIFICATE),
    BIRTH_EXTRACT(ResultType.BIRTH_EXTRACT);

    private final ResultType resultType;

    RecordType(ResultType resultType) {
        this.resultType = resultType;
    }

    public ResultType resultType() {
        return resultType;
    }

    /** The words for the type in the results bundle. */
    public String messageKey() {
        return "results.digitising.type." + name();
    }
}
