/**
 * A simulated paying bank (the banks behind NAPAS, as payments reaches them) for the demo, tests and
 * benchmarks: it answers name checks for its synthetic accounts, receives pain.001 files over HTTP signed
 * by the province (RFC 9421), and answers with pain.002 statuses, camt.054 notifications and a daily camt.053
 * statement, with realistic reject reasons and rates. It runs inside the application where
 * {@code dancu.bank-sim.enabled} is set (never under {@code prod}) knowing the register's persons, or alone as
 * {@code dancu bank-sim} with the demo's synthetic persons. No production module depends on it; see
 * docs/payments.md, "The bank simulator".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bank simulator",
        allowedDependencies = {"civil", "register", "httpsig", "payments", "payments :: iso"})
package org.dancu.banksim;
