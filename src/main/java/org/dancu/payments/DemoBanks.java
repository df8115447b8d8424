package org.dancu.payments;

import java.util.List;

import org.dancu.civil.Pin;

/**
 * The banks the demo pays its beneficiaries through, and the account each person holds there, so that
 * the demo's accounts are ones those banks know (their name checks answer, their files credit them).
 * The command line gives the simulated banks'; without it the demo makes its account numbers up
 * (docs/payments.md, "Demo data").
 */
public interface DemoBanks {

    /** The banks' identification numbers (NAPAS BINs), each holding an account of every person. */
    List<String> bins();

    /** The person's account number at any of those banks. */
    String numberOf(Pin holder);
}
