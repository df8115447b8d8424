package org.dancu.payments.beneficiaries;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.dancu.payments.PayChannel;
import org.dancu.payments.ProgrammeCode;
import org.dancu.register.PersonClaim;

/**
 * One line of a decision, checked ({@link DecisionLineReader}): the programme, the
 * person as the decision names them (the text as written, for the linkage engine), the figure of the formula,
 * and how they are paid.
 *
 * @param claimedPin   the ID as written, possibly missing or wrong
 * @param communeCode  the commune as written; blank when the decision does not say (the register's is taken)
 * @param coefficient  the coefficient of the standard level (monthly assistance, social pension), else null
 * @param months       months of study support per payment, else null
 */
record DecisionLine(ProgrammeCode programme, String claimedPin, String claimedName, String claimedBirth,
                    String communeCode, BigDecimal coefficient, Integer months, String decisionRef,
                    LocalDate decisionDate, LocalDate startsOn, PayChannel channel) {

    /** This line placed in a commune (the register's, when the decision did not say). */
    DecisionLine inCommune(String code) {
        return new DecisionLine(programme, claimedPin, claimedName, claimedBirth, code, coefficient, months,
                decisionRef, decisionDate, startsOn, channel);
    }

    PersonClaim claim() {
        return PersonClaim.fromText(claimedPin, null, claimedName, claimedBirth, null, communeCode, null);
    }
}
