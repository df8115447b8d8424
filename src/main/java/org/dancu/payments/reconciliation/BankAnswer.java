package org.dancu.payments.reconciliation;

import java.time.LocalDate;

/**
 * What a bank's message says of one payment, found by its EndToEndId.
 *
 * @param amount   the amount booked or returned, in whole dong; null when the message gives none (a pain.002 status)
 * @param reason   the ISO 20022 reason code of a rejection or a return, else null
 * @param bookedOn the booking date of a credit or a return, else null
 */
record BankAnswer(String endToEndId, Outcome outcome, Long amount, String reason, LocalDate bookedOn) {

    enum Outcome {
        /** pain.002: the bank accepted the payment; the credit is not yet booked. */
        ACCEPTED,
        /** pain.002: the bank rejected the payment before paying it. */
        REJECTED,
        /** camt.054/053: the payment was booked to the payee's account. */
        PAID,
        /** camt.054/053: the payee's bank sent the money back. */
        RETURNED
    }
}
