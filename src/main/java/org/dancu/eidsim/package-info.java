/**
 * A simulator of the national e-ID provider (VNeID) for the demo, tests and benchmarks: a real OpenID
 * Connect provider (Spring Authorization Server: discovery, JWKS, authorization code with PKCE, RS256
 * ID tokens) on a port and in a small application context of its own, signing people in as VNeID does
 * (ID, password, a one-time code by SMS, simulated on its page). It runs inside the application where
 * {@code dancu.eid-sim.enabled} is set (never under {@code prod}) with the register's persons, or alone
 * as {@code dancu eid-sim} with the demo's synthetic persons. No production module depends on it; see
 * docs/eidsim.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "e-ID provider simulator",
        allowedDependencies = {"civil", "register", "synth"})
package org.dancu.eidsim;
