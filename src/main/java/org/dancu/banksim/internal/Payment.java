package org.dancu.banksim.internal;

import java.math.BigDecimal;

/**
 * One credit transfer of a pain.001 file as the bank reads it.
 *
 * @param creditorAccount the account to credit ({@code CdtrAcct/Id/Othr/Id}); null when the file names none
 * @param creditorId      the creditor's personal ID ({@code Cdtr/Id/PrvtId/Othr/Id}); null when the file names none
 * @param rejection       the ISO 20022 reason the bank rejects it with; null when accepted
 */
record Payment(String endToEndId, BigDecimal amount, String creditorAccount, String creditorId, String rejection) {

    Payment rejected(String reason) {
        return new Payment(endToEndId, amount, creditorAccount, creditorId, reason);
    }

    boolean accepted() {
        return rejection == null;
    }
}
