/**
 * A simulated SMS gateway for the demo, tests and benchmarks: the other side of the notifications'
 * SMS adapter, over real HTTP, keeping each message once by its idempotency key, and the page where
 * the demo shows what it "sent", marked as simulated. No production module depends on it; it runs
 * only where {@code dancu.sms-sim.enabled} is set (the demo and the tests).
 */
@org.springframework.modulith.ApplicationModule(displayName = "SMS gateway simulator",
        allowedDependencies = {"security"})
package org.dancu.smssim;
