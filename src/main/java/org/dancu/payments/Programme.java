package org.dancu.payments;

/**
 * A programme as in force on a date: what it is, who pays it, and its rule then.
 *
 * @param payingAgency the code of the paying agency in security's agency directory
 */
public record Programme(ProgrammeCode code, ProgrammeKind kind, ProgrammeFamily family, String nameVi,
                        String nameEn, String payingAgency, ProgrammeRule rule) {
}
