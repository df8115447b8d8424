package org.dancu.banksim.internal;

/**
 * What a simulated bank does with a pain.001 file: keeps it once by its message id, and answers each of its
 * payments.
 */
final class PaymentRun {

    private final Ledger ledger;

    PaymentRun(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Receives a file; the same file again is answered as the first time, another under the same id is refused. */
    void receive(String bankBin, String messageId, byte[] pain001) {
        try {
            ledger.receive(bankBin, messageId, pain001);
        } catch (IllegalStateException e) {
            throw new BankEndpoints.Refused(409, e.getMessage());
        }
    }

    /** Sends each bank's statement of the day's bookings, once. */
    void closeDay(java.time.LocalDate day) {
        // statements come with the answers (next commit)
    }
}
