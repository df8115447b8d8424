package org.dancu.payments.bank;

import java.util.List;

/**
 * The paying banks as payments reaches them (through NAPAS in production; the bank simulator here): the
 * name check of an account, pain.001 files out, and the messages the banks send back (pain.002,
 * camt.054, camt.053) in the order they sent them. Every request is signed (RFC 9421, httpsig).
 */
public interface Bank {

    /** Who the bank says holds this account; never throws for a closed or unknown account. */
    NameAnswer nameOf(String bankBin, String accountNumber);

    /**
     * Hands a pain.001 file to its bank. Sending the same message id again is answered as the first
     * sending was (the bank keeps it once).
     *
     * @throws BankUnavailableException when the bank cannot be reached or refuses the file
     */
    void send(String bankBin, String messageId, byte[] pain001);

    /** The messages the bank sent after the one numbered {@code after} (0 for all), at most {@code limit}. */
    List<BankMessage> messagesAfter(String bankBin, long after, int limit);
}
