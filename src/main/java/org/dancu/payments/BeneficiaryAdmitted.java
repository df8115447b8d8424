package org.dancu.payments;

import org.dancu.civil.Pin;

/**
 * A decision's beneficiary is linked to a register person found eligible: from its start day, cycles of the
 * programme pay them.
 */
public record BeneficiaryAdmitted(long beneficiaryId, ProgrammeCode programme, Pin pin, String communeCode) {
}
