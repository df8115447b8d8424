package org.dancu.audit;

import org.springframework.context.MessageSourceResolvable;

/**
 * The outcome of a verification. Resolve it with a {@code MessageSource} for the reader's
 * language: "chain intact: …" with the head hash, or the first break, e.g. "entry 1234: stored
 * hash does not match its content".
 *
 * @param entries    how many entries were verified intact, from the first up to the break if any
 * @param lastHash   the hash of the last intact entry, 64 hexadecimal digits; for an intact chain
 *                   this is the head hash worth writing down or publishing outside the database
 * @param firstBreak the first problem, or null when the chain is intact
 */
public record VerificationReport(long entries, String lastHash, ChainBreak firstBreak)
        implements MessageSourceResolvable {

    public boolean intact() {
        return firstBreak == null;
    }

    @Override
    public String[] getCodes() {
        return new String[] {intact() ? "audit.verify.intact" : firstBreak.messageCode()};
    }

    @Override
    public Object[] getArguments() {
        return intact() ? new Object[] {Long.toString(entries), lastHash} : firstBreak.messageArguments();
    }
}
