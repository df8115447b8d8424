package org.dancu.banksim;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dancu.banksim.internal.BankServer;
import org.dancu.httpsig.VerificationKey;

/**
 * Simulated paying banks behind one address, as the province reaches them through NAPAS: name checks of
 * their synthetic accounts ({@link SimulatedAccounts}), pain.001 files received over signed HTTP, and the
 * pain.002, camt.054 and camt.053 messages they send back, numbered per bank. Protocol in docs/payments.md,
 * "The bank simulator".
 */
public interface BankSimulator extends AutoCloseable {

    /**
     * @param port        to listen on (loopback); 0 picks a free one
     * @param keyId       the province's key id
     * @param provinceKey the province's public key: every request must be signed with its private half
     * @param seed        draws which accounts are closed, blocked or shown masked, and which payments fail
     * @param rates       the shares of accounts and payments that fail, and of names shown masked
     * @param directory   where received files and sent messages are kept across restarts; null: in memory only
     */
    record Settings(int port, String keyId, VerificationKey provinceKey, long seed, Rates rates, Path directory) {
    }

    /**
     * How often things go wrong, each a share in [0, 1].
     *
     * @param closedAccounts share of accounts closed (name check CLOSED, payment rejected AC04)
     * @param blockedAccounts share of accounts blocked (name check BLOCKED, payment rejected AC06)
     * @param wrongAccount   share of payments to a good account the bank still rejects as an incorrect account (AC01)
     * @param maskedNames    share of holders whose name the bank gives masked ({@code NGUYEN V** A**})
     */
    record Rates(double closedAccounts, double blockedAccounts, double wrongAccount, double maskedNames) {

        /** A few per cent of each failure, most names masked, as NAPAS's name checks answer. */
        public static final Rates DEFAULT = new Rates(0.02, 0.01, 0.01, 0.6);

        public Rates {
            for (double rate : new double[] {closedAccounts, blockedAccounts, wrongAccount, maskedNames}) {
                if (!(rate >= 0 && rate <= 1)) {
                    throw new IllegalArgumentException("a rate lies in [0, 1], not " + rate);
                }
            }
            if (closedAccounts + blockedAccounts > 1) {
                throw new IllegalArgumentException("closed and blocked accounts are more than all accounts");
            }
        }
    }

    /** Where the protocol answers, e.g. {@code http://127.0.0.1:8090}. */
    URI baseUrl();

    int port();

    /**
     * Sends each bank's camt.053 statement of that day's bookings not yet in a statement (the simulator does so
     * by itself within the hour after the day ended).
     */
    void closeDay(LocalDate day);

    @Override
    void close();

    /** Serves until closed, on the port asked. */
    static BankSimulator start(Settings settings, Holders holders) {
        return BankServer.start(settings, holders);
    }
}
