package org.dancu.services;

/** The families of procedures; each has one BPMN definition in {@code src/main/resources/processes}. */
public enum ProcedureFamily {
    /** One agency receives, handles and returns the result, in one or more steps. */
    SINGLE_AGENCY,
    /** Birth registration, then permanent residence and a child's health-insurance card in parallel. */
    BIRTH_BUNDLE,
    /** Death registration, then removal of permanent residence, funeral and survivor allowances in parallel. */
    DEATH_BUNDLE
}
