package org.dancu.register.importing;

/**
 * What can be wrong with a row of an import file. Every problem blocks the row: it is never written,
 * and the file is applied only without such rows or with the officer's choice to leave them out.
 * The detail stored beside a problem is a reason code, a line number or field names, never a value.
 */
public enum ImportProblem {
    /** More cells than the header has columns: most often a value with an unquoted delimiter. */
    EXTRA_CELLS,
    MISSING_FIELD,
    INVALID_PIN,
    PIN_SEX_MISMATCH,
    PIN_BIRTH_YEAR_MISMATCH,
    INVALID_DATE,
    AMBIGUOUS_DATE,
    INVALID_SEX,
    INVALID_NAME,
    INVALID_OLD_ID,
    UNKNOWN_ETHNICITY,
    UNKNOWN_COMMUNE,
    NOT_A_COMMUNE,
    OUTSIDE_SCOPE,
    DUPLICATE_IN_FILE,
    CONFLICTS_WITH_REGISTER,
    /** The ID belongs to a person registered outside the officer's area; nothing about them is compared or told. */
    REGISTERED_ELSEWHERE;

    public String messageKey() {
        return "register.import.problem." + name();
    }
}
