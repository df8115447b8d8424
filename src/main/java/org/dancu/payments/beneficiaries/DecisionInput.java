package org.dancu.payments.beneficiaries;

/**
 * A decision's line as an officer typed it or a file's row gave it: text, unchecked. Blank is unknown.
 *
 * @param amount the monthly or one-off amount the decision states, if it does: whole dong, and it must be the
 *               programme's formula's
 */
record DecisionInput(String programme, String pin, String fullName, String birthDate, String communeCode,
                     String coefficient, String months, String amount, String decisionRef, String decisionDate,
                     String startsOn, String channel) {
}
