package org.dancu.banksim.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bank simulator's settings inside the application ({@code dancu.bank-sim.*}).
 *
 * @param enabled        whether this server runs the simulated banks (the demo and the tests; never production)
 * @param port           its own port; 0 for a free one, published as {@code local.bank-sim.port}
 * @param directory      where it keeps received files and sent messages; empty: in memory only
 * @param keyId          the province's key id
 * @param provinceKey    the province's public key (base64 X.509); by default the one payments signs with in this run
 * @param seed           draws closed and blocked accounts, masked names and failing payments
 * @param closedAccounts share of accounts closed
 * @param blockedAccounts share of accounts blocked
 * @param wrongAccount   share of payments rejected as to an incorrect account
 * @param maskedNames    share of holders' names given masked
 */
@Validated
@ConfigurationProperties("dancu.bank-sim")
record BankSimProperties(@DefaultValue("false") boolean enabled,
                         @DefaultValue("8098") int port,
                         @DefaultValue("") String directory,
                         @DefaultValue("province-11") String keyId,
                         @DefaultValue("") String provinceKey,
                         @DefaultValue("1") long seed,
                         @DefaultValue("0.02") @DecimalMin("0") @DecimalMax("1") double closedAccounts,
                         @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double blockedAccounts,
                         @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double wrongAccount,
                         @DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double maskedNames) {
}
